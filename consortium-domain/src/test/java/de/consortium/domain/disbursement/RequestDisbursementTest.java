package de.consortium.domain.disbursement;

import de.consortium.domain.Refused;
import de.consortium.domain.CutCase;
import de.consortium.domain.costplan.CostLine;
import de.consortium.domain.costplan.Phase;
import de.consortium.domain.money.Money;
import de.consortium.domain.partner.Partner;
import de.consortium.domain.partner.PartnerFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.hamcrest.Matchers.containsString;

class RequestDisbursementTest {

    private static final Money COSTS = Money.ofEuros("400000.00");

    private FixtureConfiguration<Partner> fixture;

    @BeforeEach
    void setUp() {
        fixture = PartnerFixture.create();
    }

    private static RequestDisbursement request(LocalDate requestedOn, LocalDate periodEnd, LocalDate payoutDate) {
        return new RequestDisbursement(CutCase.MUNICH, "LHM-2021-1", requestedOn, LocalDate.of(2021, 1, 1), periodEnd,
                payoutDate, Phase.B, false, List.of(new IncurredCost(2021, CostLine.of("2.1.1"), COSTS)));
    }

    @Test
    void theGrantShareOfTheIncurredCostsIsRequested() {
        fixture.given(CutCase.munichFunded())
                .when(CutCase.firstRequest("LHM-2021-1", COSTS))
                .expectEvents(CutCase.firstRequested("LHM-2021-1", COSTS));
    }

    @Test
    void disbursementNeedsGrant() {
        fixture.given(CutCase.munichJoined(), CutCase.munichPlanSet(), CutCase.munichMandate(), CutCase.munichApplied(),
                        CutCase.munichStrategy())
                .when(CutCase.firstRequest("LHM-2021-1", COSTS))
                .expectException(Refused.by("disbursement-needs-grant"))
                .expectExceptionMessage(containsString("No grant has been awarded"))
                .expectNoEvents();
    }

    @Test
    void disbursementWithinGrant_theWholeRemainderMayBeRequested() {
        // 9,777,692.31 EUR of costs yield exactly the grant of 6,355,500.00
        fixture.given(CutCase.munichFunded())
                .when(CutCase.firstRequest("LHM-2021-1", CutCase.MUNICH_ELIGIBLE))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void disbursementWithinGrant_moreThanIsLeftIsRefused() {
        fixture.given(CutCase.munichFunded())
                .andGivenCommands(CutCase.firstRequest("LHM-2021-1", Money.ofEuros("9000000.00")))
                .when(CutCase.secondRequest("LHM-2021-2", Money.ofEuros("777692.32")))
                .expectException(Refused.by("disbursement-within-grant"))
                .expectExceptionMessage(containsString("exceeds the 505,500.00 EUR left of the grant"))
                .expectNoEvents();
    }

    @Test
    void disbursementWithinGrant_aRejectedRequestNoLongerCounts() {
        fixture.given(CutCase.munichFunded())
                .andGivenCommands(CutCase.firstRequest("LHM-2021-1", CutCase.MUNICH_ELIGIBLE),
                        new RejectDisbursement(CutCase.MUNICH, "LHM-2021-1", LocalDate.of(2021, 7, 10), "no invoices"))
                .when(CutCase.firstRequest("LHM-2021-2", CutCase.MUNICH_ELIGIBLE))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void costsIncurredByRequestDate_aPeriodThatHasNotEndedIsRefused() {
        fixture.given(CutCase.munichFunded())
                .when(request(LocalDate.of(2021, 6, 15), LocalDate.of(2021, 6, 30), LocalDate.of(2021, 7, 31)))
                .expectException(Refused.by("costs-incurred-by-request-date"))
                .expectExceptionMessage(containsString("only costs incurred by the request date"))
                .expectNoEvents();
    }

    @Test
    void costsIncurredByRequestDate_costsOutsideThePeriodAreRefused() {
        fixture.given(CutCase.munichFunded())
                .when(new RequestDisbursement(CutCase.MUNICH, "LHM-2021-1", LocalDate.of(2021, 7, 5),
                        LocalDate.of(2021, 1, 1), LocalDate.of(2021, 6, 30), LocalDate.of(2021, 7, 31), Phase.B, false,
                        List.of(new IncurredCost(2022, CostLine.of("2.1.1"), COSTS))))
                .expectException(Refused.by("costs-incurred-by-request-date"))
                .expectNoEvents();
    }

    @Test
    void payoutAtMonthEnd_aPayoutInMidMonthIsRefused() {
        fixture.given(CutCase.munichFunded())
                .when(request(LocalDate.of(2021, 7, 5), LocalDate.of(2021, 6, 30), LocalDate.of(2021, 7, 30)))
                .expectException(Refused.by("payout-at-month-end"))
                .expectExceptionMessage(containsString("is not one (perhaps 2021-07-31)"))
                .expectNoEvents();
    }

    @Test
    void payoutTwoWeeksAhead_exactlyFourteenDaysIsEnough() {
        fixture.given(CutCase.munichFunded())
                .when(request(LocalDate.of(2021, 7, 17), LocalDate.of(2021, 6, 30), LocalDate.of(2021, 7, 31)))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void payoutTwoWeeksAhead_thirteenDaysIsTooLate() {
        fixture.given(CutCase.munichFunded())
                .when(request(LocalDate.of(2021, 7, 18), LocalDate.of(2021, 6, 30), LocalDate.of(2021, 7, 31)))
                .expectException(Refused.by("payout-two-weeks-ahead"))
                .expectExceptionMessage(containsString("must reach the funder by 2021-07-17"))
                .expectNoEvents();
    }

    @Test
    void requestIdsAreUnique() {
        fixture.given(CutCase.munichFunded()).andGiven(CutCase.firstRequested("LHM-2021-1", COSTS))
                .when(CutCase.firstRequest("LHM-2021-1", COSTS))
                .expectException(Refused.by("request-id-unique"))
                .expectNoEvents();
    }
}
