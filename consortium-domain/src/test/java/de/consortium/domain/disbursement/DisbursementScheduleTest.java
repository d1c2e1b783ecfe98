package de.consortium.domain.disbursement;

import de.consortium.domain.Refused;
import de.consortium.domain.application.ApplicationSubmitted;
import de.consortium.domain.grant.GrantAwarded;
import de.consortium.domain.CutCase;
import de.consortium.domain.costplan.CostLine;
import de.consortium.domain.costplan.CostPlanLine;
import de.consortium.domain.costplan.CostPlanSet;
import de.consortium.domain.costplan.Phase;
import de.consortium.domain.costplan.YearlyFunding;
import de.consortium.domain.money.FundingRate;
import de.consortium.domain.money.Money;
import de.consortium.domain.partner.Partner;
import de.consortium.domain.partner.PartnerFixture;
import de.consortium.domain.proofofuse.ProofDocument;
import de.consortium.domain.proofofuse.ProofOfUseAccepted;
import de.consortium.domain.proofofuse.ProofOfUseSubmitted;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static de.consortium.domain.CutCase.CONSULTANTS;
import static de.consortium.domain.CutCase.MUNICH;
import static de.consortium.domain.CutCase.STAFF;
import static org.hamcrest.Matchers.containsString;

/** The programme's payout schedule: rhythm, first payouts, strategy, consultants, final installment. */
class DisbursementScheduleTest {

    private static final LocalDate H1_2021 = LocalDate.of(2021, 1, 1);
    private static final LocalDate H2_2021 = LocalDate.of(2021, 7, 1);

    private FixtureConfiguration<Partner> fixture;

    @BeforeEach
    void setUp() {
        fixture = PartnerFixture.create();
    }

    private static IncurredCost staff(String euros) {
        return new IncurredCost(2021, STAFF, Money.ofEuros(euros));
    }

    private static IncurredCost consultants(String euros) {
        return new IncurredCost(2021, CONSULTANTS, Money.ofEuros(euros));
    }

    private static RequestDisbursement request(String id, LocalDate requestedOn, LocalDate start, LocalDate end,
                                               LocalDate payout, Phase phase) {
        return new RequestDisbursement(MUNICH, id, requestedOn, start, end, payout, phase, false,
                List.of(staff("1000.00")));
    }

    @Test
    void sixMonthRhythm_thePeriodCoversAtMostSixMonths() {
        fixture.given(CutCase.munichFunded())
                .when(request("R1", LocalDate.of(2021, 7, 5), LocalDate.of(2020, 12, 31), LocalDate.of(2021, 6, 30),
                        LocalDate.of(2021, 7, 31), Phase.B))
                .expectException(Refused.by("six-month-rhythm"))
                .expectExceptionMessage(containsString("longer than six months"))
                .expectNoEvents();
    }

    @Test
    void sixMonthRhythm_periodsDoNotOverlap() {
        fixture.given(CutCase.munichFunded())
                .andGiven(CutCase.requested(CutCase.request("R1", H1_2021, false, staff("1000.00"))))
                .when(request("R2", LocalDate.of(2022, 1, 5), LocalDate.of(2021, 6, 15), LocalDate.of(2021, 12, 10),
                        LocalDate.of(2022, 1, 31), Phase.B))
                .expectException(Refused.by("six-month-rhythm"))
                .expectExceptionMessage(containsString("overlaps"))
                .expectNoEvents();
    }

    @Test
    void sixMonthRhythm_oneRequestPerHalfYear() {
        fixture.given(CutCase.munichFunded())
                .andGiven(CutCase.requested(CutCase.request("R1", H1_2021, false, staff("1000.00"))))
                .when(request("R2", LocalDate.of(2021, 9, 5), LocalDate.of(2021, 7, 1), LocalDate.of(2021, 8, 31),
                        LocalDate.of(2021, 9, 30), Phase.B))
                .expectException(Refused.by("six-month-rhythm"))
                .expectExceptionMessage(containsString("one request per half-year"))
                .expectNoEvents();
    }

    @Test
    void sixMonthRhythm_theNextHalfYearFollows() {
        fixture.given(CutCase.munichFunded())
                .andGiven(CutCase.requested(CutCase.request("R1", H1_2021, false, staff("1000.00"))))
                .when(CutCase.request("R2", H2_2021, false, staff("1000.00")))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void firstPayoutNotBefore_phaseBPaysThreeMonthsAfterItBeganAtTheEarliest() {
        // straight to phase B: it began with the running time on 2021-01-01, after the grant decision
        fixture.given(CutCase.munichFunded())
                .when(request("R1", LocalDate.of(2021, 3, 10), H1_2021, LocalDate.of(2021, 3, 5),
                        LocalDate.of(2021, 3, 31), Phase.B))
                .expectException(Refused.by("first-payout-not-before"))
                .expectExceptionMessage(containsString("on 2021-04-01"))
                .expectNoEvents();
    }

    @Test
    void firstPayoutNotBefore_threeMonthsAfterIsEnough() {
        fixture.given(CutCase.munichFunded())
                .when(request("R1", LocalDate.of(2021, 4, 5), H1_2021, LocalDate.of(2021, 3, 31),
                        LocalDate.of(2021, 4, 30), Phase.B))
                .expectSuccessfulHandlerExecution();
    }

    private static CostPlanSet planWithPhaseA() {
        List<CostPlanLine> lines = List.of(new CostPlanLine(2021, STAFF, Money.ofEuros("1000000.00"), Phase.A),
                new CostPlanLine(2022, STAFF, Money.ofEuros("1000000.00"), Phase.B));
        return new CostPlanSet(MUNICH, FundingRate.STANDARD, Money.ZERO, List.of(), lines, List.of(
                new YearlyFunding(2021, Money.ofEuros("1000000.00"), Money.ofEuros("650000.00"), Money.ofEuros("350000.00")),
                new YearlyFunding(2022, Money.ofEuros("1000000.00"), Money.ofEuros("650000.00"), Money.ofEuros("350000.00"))),
                Money.ofEuros("2000000.00"), Money.ofEuros("1300000.00"), Money.ofEuros("700000.00"),
                LocalDate.of(2020, 5, 5));
    }

    private static Object[] fundedWithPhaseA() {
        return new Object[]{CutCase.munichJoined(), planWithPhaseA(), CutCase.munichMandate(),
                new ApplicationSubmitted(MUNICH, LocalDate.of(2020, 5, 19),
                        Money.ofEuros("2000000.00"), Money.ofEuros("1300000.00"), List.of("14-20 / V 18416")),
                new GrantAwarded(MUNICH, LocalDate.of(2021, 2, 10),
                        Money.ofEuros("1300000.00"), null), CutCase.munichStrategy()};
    }

    @Test
    void firstPayoutNotBefore_phaseAPaysThreeMonthsAfterTheGrantDecisionAtTheEarliest() {
        fixture.given(fundedWithPhaseA())
                .when(request("A1", LocalDate.of(2021, 4, 5), LocalDate.of(2021, 2, 1), LocalDate.of(2021, 3, 31),
                        LocalDate.of(2021, 4, 30), Phase.A))
                .expectException(Refused.by("first-payout-not-before"))
                .expectExceptionMessage(containsString("on 2021-05-10"))
                .expectNoEvents();
    }

    @Test
    void firstPayoutNotBefore_phaseAPaysOnTheMonthEndAfterThreeMonths() {
        fixture.given(fundedWithPhaseA())
                .when(request("A1", LocalDate.of(2021, 5, 5), LocalDate.of(2021, 2, 1), LocalDate.of(2021, 4, 30),
                        LocalDate.of(2021, 5, 31), Phase.A))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void phaseBBeginsOnlyWithThePayoutOfPhaseAsFinalInstallment() {
        fixture.given(fundedWithPhaseA())
                .when(request("B1", LocalDate.of(2021, 7, 5), H1_2021, LocalDate.of(2021, 6, 30),
                        LocalDate.of(2021, 7, 31), Phase.B))
                .expectException(Refused.by("phase-b-after-phase-a"))
                .expectExceptionMessage(containsString("final installment"))
                .expectNoEvents();
    }

    @Test
    void sixMonthRhythm_theEndOfJuneAndJulyLieInTwoHalfYears() {
        fixture.given(CutCase.munichFunded())
                .andGiven(CutCase.requested(request("R1", LocalDate.of(2021, 6, 5), H1_2021, LocalDate.of(2021, 5, 31),
                        LocalDate.of(2021, 6, 30), Phase.B)))
                .when(request("R2", LocalDate.of(2021, 7, 5), LocalDate.of(2021, 6, 1), LocalDate.of(2021, 6, 30),
                        LocalDate.of(2021, 7, 31), Phase.B))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void sixMonthRhythm_januaryAndJuneLieInOneHalfYear() {
        fixture.given(CutCase.munichFunded())
                .andGiven(CutCase.requested(request("R1", LocalDate.of(2021, 4, 5), H1_2021, LocalDate.of(2021, 3, 31),
                        LocalDate.of(2021, 4, 30), Phase.B)))
                .when(request("R2", LocalDate.of(2021, 6, 5), LocalDate.of(2021, 4, 1), LocalDate.of(2021, 5, 31),
                        LocalDate.of(2021, 6, 30), Phase.B))
                .expectException(Refused.by("six-month-rhythm"))
                .expectExceptionMessage(containsString("one request per half-year"))
                .expectNoEvents();
    }

    @Test
    void sixMonthRhythm_aRejectedRequestLeavesItsHalfYearFree() {
        RequestDisbursement first = CutCase.request("R1", H1_2021, false, staff("1000.00"));
        fixture.given(CutCase.munichFunded())
                .andGiven(CutCase.requested(first), new DisbursementRejected(MUNICH, "R1", LocalDate.of(2021, 7, 10),
                        Money.ofEuros("650.00"), "incomplete"))
                .when(CutCase.request("R2", H1_2021, false, staff("1000.00")))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void phaseBBeginsWithThePayoutOfPhaseAsFinalInstallmentAndPaysThreeMonthsLaterAtTheEarliest() {
        LocalDate finalPaid = LocalDate.of(2021, 5, 31);
        Object[] phaseAClosed = {new DisbursementRequested(MUNICH, "A1", LocalDate.of(2021, 5, 5),
                LocalDate.of(2021, 2, 1), LocalDate.of(2021, 4, 30), finalPaid, Phase.A, true, List.of(staff("1000.00")),
                Money.ofEuros("1000.00"), Money.ofEuros("650.00")),
                new DisbursementApproved(MUNICH, "A1", LocalDate.of(2021, 5, 10), Money.ofEuros("650.00"), "a"),
                new DisbursementPaid(MUNICH, "A1", finalPaid, Money.ofEuros("650.00"), "p")};
        fixture.given(fundedWithPhaseA()).andGiven(phaseAClosed)
                .when(request("B1", LocalDate.of(2021, 7, 5), LocalDate.of(2021, 5, 1), LocalDate.of(2021, 6, 30),
                        LocalDate.of(2021, 7, 31), Phase.B))
                .expectException(Refused.by("first-payout-not-before"))
                .expectExceptionMessage(containsString("(2021-05-31)"))
                .expectNoEvents();
        fixture.given(fundedWithPhaseA()).andGiven(phaseAClosed)
                .when(request("B1", LocalDate.of(2021, 8, 5), LocalDate.of(2021, 5, 1), LocalDate.of(2021, 7, 31),
                        LocalDate.of(2021, 8, 31), Phase.B))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void requestInPlannedPhase_aPhaseThePlanLacksIsRefused() {
        fixture.given(CutCase.munichFunded())
                .when(request("A1", LocalDate.of(2021, 7, 5), H1_2021, LocalDate.of(2021, 6, 30),
                        LocalDate.of(2021, 7, 31), Phase.A))
                .expectException(Refused.by("request-in-planned-phase"))
                .expectExceptionMessage(containsString("no phase A"))
                .expectNoEvents();
    }

    @Test
    void phaseBNeedsStrategy_withoutTheAdoptedStrategyNothingIsDisbursed() {
        fixture.given(CutCase.munichJoined(), CutCase.munichPlanSet(), CutCase.munichMandate(), CutCase.munichApplied(),
                        CutCase.munichGranted())
                .when(CutCase.firstRequest("R1", Money.ofEuros("1000.00")))
                .expectException(Refused.by("phase-b-needs-strategy"))
                .expectExceptionMessage(containsString("adopting the smart-city strategy"))
                .expectNoEvents();
    }

    @Test
    void externalConsultantsLimit_perRequest() {
        fixture.given(CutCase.munichFunded())
                .when(CutCase.request("R1", H1_2021, false, staff("300.00"), consultants("100.01")))
                .expectException(Refused.by("external-consultants-limit"))
                .expectExceptionMessage(containsString("This request"))
                .expectNoEvents();
    }

    @Test
    void externalConsultantsLimit_cumulatively() {
        fixture.given(CutCase.munichFunded())
                .andGiven(CutCase.requested(CutCase.request("R1", H1_2021, false, staff("300.00"), consultants("100.00"))))
                .when(CutCase.request("R2", H2_2021, false, staff("300.00"), consultants("100.00"),
                        new IncurredCost(2021, CostLine.of("2.1.6"), Money.ofEuros("0.03"))))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void externalConsultantsLimit_cumulativelyRefused() {
        // each request alone keeps the limit; together they exceed it
        fixture.given(CutCase.munichFunded())
                .andGiven(CutCase.requested(CutCase.request("R1", H1_2021, false, staff("300.00"), consultants("100.00"))),
                        CutCase.requested(CutCase.request("R0", LocalDate.of(2020, 7, 1), false,
                                new IncurredCost(2021, CONSULTANTS, Money.ofEuros("50.00")),
                                staff("1.00"))))
                .when(CutCase.request("R2", H2_2021, false, staff("300.00"), consultants("100.00")))
                .expectException(Refused.by("external-consultants-limit"))
                .expectExceptionMessage(containsString("All standing requests"))
                .expectNoEvents();
    }

    @Test
    void finalInstallmentClosesPhase_noRequestFollowsIt() {
        fixture.given(CutCase.munichFunded())
                .andGiven(CutCase.requested(CutCase.request("R1", H1_2021, true, staff("1000.00"))))
                .when(CutCase.request("R2", H2_2021, false, staff("1000.00")))
                .expectException(Refused.by("final-installment-closes-phase"))
                .expectExceptionMessage(containsString("no further request"))
                .expectNoEvents();
    }

    @Test
    void finalInstallmentAfterProofOfUse_notPaidBeforeTheProofIsAccepted() {
        fixture.given(CutCase.munichFunded())
                .andGiven(CutCase.requested(CutCase.request("R1", H1_2021, true, staff("1000.00"))),
                        new DisbursementApproved(MUNICH, "R1", LocalDate.of(2021, 7, 20), Money.ofEuros("650.00"),
                                "kfw-approver"))
                .when(new PayDisbursement(MUNICH, "R1", LocalDate.of(2021, 7, 31)), CutCase.PAYER)
                .expectException(Refused.by("final-installment-after-proof-of-use"))
                .expectExceptionMessage(containsString("proof of use"))
                .expectNoEvents();
    }

    @Test
    void finalInstallmentAfterProofOfUse_paidOnceTheProofIsAccepted() {
        fixture.given(CutCase.munichFunded())
                .andGiven(CutCase.requested(CutCase.request("R1", H1_2021, true, staff("1000.00"))),
                        new ProofOfUseSubmitted(MUNICH, "P1", Phase.B, LocalDate.of(2021, 7, 6),
                                ProofDocument.requiredFor(Phase.B), Set.of()),
                        new ProofOfUseAccepted(MUNICH, "P1", Phase.B, LocalDate.of(2021, 7, 15)),
                        new DisbursementApproved(MUNICH, "R1", LocalDate.of(2021, 7, 20), Money.ofEuros("650.00"),
                                "kfw-approver"))
                .when(new PayDisbursement(MUNICH, "R1", LocalDate.of(2021, 7, 31)), CutCase.PAYER)
                .expectEvents(new DisbursementPaid(MUNICH, "R1", LocalDate.of(2021, 7, 31), Money.ofEuros("650.00"),
                        "kfw-payer"));
    }
}
