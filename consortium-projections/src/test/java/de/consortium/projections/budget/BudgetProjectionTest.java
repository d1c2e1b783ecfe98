package de.consortium.projections.budget;

import de.consortium.domain.costplan.CostPlanSet;
import de.consortium.domain.costplan.CostPlanLine;
import de.consortium.domain.costplan.YearlyFunding;
import de.consortium.domain.costplan.Phase;
import de.consortium.domain.money.FundingRate;
import de.consortium.domain.money.Money;
import de.consortium.domain.repayment.RepaymentClaimed;
import org.assertj.core.groups.Tuple;
import java.util.List;
import de.consortium.domain.disbursement.DisbursementApproved;
import de.consortium.domain.disbursement.DisbursementPaid;
import de.consortium.domain.disbursement.DisbursementRejected;
import de.consortium.domain.CutCase;
import de.consortium.projections.support.ReadModelDatabase;
import de.consortium.projections.support.ReplayedBatch;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;

import static de.consortium.domain.CutCase.MUNICH;
import static org.assertj.core.api.Assertions.assertThat;

class BudgetProjectionTest {

    private BudgetProjection projection;

    @BeforeEach
    void setUp() {
        projection = new BudgetProjection(ReadModelDatabase.create());
        projection.on(CutCase.joined(MUNICH, "Landeshauptstadt München", false));
        projection.on(CutCase.munichTwoYearPlan());
        projection.on(CutCase.munichGranted());
    }

    @Test
    void aReplayedBatchWithThePlanRevisedComesToTheBudgetOfTheEventsOneByOne() {
        BudgetProjection rebuilt = new BudgetProjection(ReadModelDatabase.create());

        ReplayedBatch.of(() -> rebuilt.on(CutCase.joined(MUNICH, "Landeshauptstadt München", false)),
                () -> rebuilt.on(CutCase.munichDraftPlan()),
                () -> rebuilt.on(CutCase.munichGranted()),
                () -> rebuilt.on(CutCase.munichTwoYearPlan()));

        assertThat(rebuilt.handle(new FindBudget(CutCase.PROJECT)))
                .isEqualTo(projection.handle(new FindBudget(CutCase.PROJECT)));
    }

    private PartnerBudget munich() {
        return projection.handle(new FindBudget(CutCase.PROJECT)).partners().get(0);
    }

    private static BigDecimal euros(String amount) {
        return new BigDecimal(amount);
    }

    @Test
    void thePlanShowsGrantAndOwnSharePerYearAndInTotal() {
        PartnerBudget munich = munich();
        assertThat(munich.eligibleCosts()).isEqualTo(euros("9777692.31"));
        assertThat(munich.grant()).isEqualTo(euros("6355500.00"));
        assertThat(munich.ownShare()).isEqualTo(euros("3422192.31"));
        assertThat(munich.years()).extracting(BudgetYear::year, BudgetYear::grant, BudgetYear::ownShare)
                .containsExactly(
                        Tuple.tuple(2021, euros("3105500.00"), euros("1672192.31")),
                        Tuple.tuple(2022, euros("3250000.00"), euros("1750000.00")));
        assertThat(munich.drawdown()).isEqualTo(new GrantDrawdown(euros("6355500.00"), euros("0.00"),
                euros("0.00"), euros("0.00"), euros("6355500.00"), euros("0.00"), euros("0.00")));
    }

    @Test
    void eachPhaseShowsItsPlanItsShareOfTheGrantAndWhatWasDrawnOnIt() {
        projection.on(new CostPlanSet(MUNICH, FundingRate.STANDARD, Money.ZERO, List.of(), List.of(
                new CostPlanLine(2021, CutCase.STAFF, Money.ofEuros("0.10"), Phase.A),
                new CostPlanLine(2022, CutCase.STAFF, Money.ofEuros("0.11"), Phase.B)), List.of(),
                Money.ofEuros("0.21"), Money.ofEuros("0.14"), Money.ofEuros("0.07"), LocalDate.of(2020, 5, 5)));
        projection.on(CutCase.munichRequested("R1", "0.10", "0.00"));
        projection.on(new DisbursementApproved(MUNICH, "R1", LocalDate.of(2021, 7, 20), null, null));
        // 6.5 and 7.15 cents, 14 in all: 7 and 7; R1 (phase B) drew 0.07, of 0.10 costs at 65 % rounded
        assertThat(munich().phases()).containsExactly(
                new PhaseBudget(Phase.A, euros("0.10"), euros("0.07"), euros("0.00"), euros("0.00"), euros("0.00"),
                        euros("0.07")),
                new PhaseBudget(Phase.B, euros("0.11"), euros("0.07"), euros("0.07"), euros("0.07"), euros("0.00"),
                        euros("0.00")));
    }

    @Test
    void drawdownFollowsRequestsThroughApprovalAndPayment() {
        projection.on(CutCase.munichRequested("R1", "400000.00", "100000.00"));
        projection.on(CutCase.munichRequested("R2", "10000.00", "0.00"));
        projection.on(new DisbursementApproved(MUNICH, "R1", LocalDate.of(2021, 7, 20), null, null));
        projection.on(new DisbursementPaid(MUNICH, "R1", LocalDate.of(2021, 7, 31), null, null));
        projection.on(new DisbursementRejected(MUNICH, "R2", LocalDate.of(2021, 7, 20), null, "no invoices"));

        assertThat(munich().drawdown()).isEqualTo(new GrantDrawdown(euros("6355500.00"), euros("325000.00"),
                euros("325000.00"), euros("325000.00"), euros("6030500.00"), euros("0.00"), euros("0.00")));
        BudgetLine staff2021 = munich().years().get(0).lines().stream()
                .filter(line -> line.costLine().equals("2.1.1")).findFirst().orElseThrow();
        assertThat(staff2021).isEqualTo(new BudgetLine("2.1.1", "staff: planning, steering, implementation",
                euros("4000000.00"), euros("2600000.00"), euros("1400000.00"), euros("400000.00"),
                euros("400000.00"), euros("400000.00"), euros("3600000.00")));
    }

    @Test
    void theProjectSumsItsPartnersPerYearAndCostLine() {
        projection.on(CutCase.joined(CutCase.HAMBURG, "Freie und Hansestadt Hamburg", true));
        projection.on(new CostPlanSet(CutCase.HAMBURG,
                FundingRate.STANDARD, Money.ZERO,
                List.of(), List.of(new CostPlanLine(2021,
                CutCase.STAFF, Money.ofEuros("1000.00"),
                Phase.B)), List.of(new YearlyFunding(
                2021, Money.ofEuros("1000.00"),
                Money.ofEuros("650.00"), Money.ofEuros("350.00"))),
                Money.ofEuros("1000.00"), Money.ofEuros("650.00"),
                Money.ofEuros("350.00"), LocalDate.of(2020, 5, 5)));
        ProjectBudget budget = projection.handle(new FindBudget(CutCase.PROJECT));
        assertThat(budget.grant()).isEqualTo(euros("6356150.00"));
        ProjectBudget.YearTotal year2021 = budget.years().get(0);
        assertThat(year2021.grant()).isEqualTo(euros("3106150.00"));
        assertThat(year2021.lines()).extracting(BudgetLine::costLine, BudgetLine::plannedCosts).containsExactly(
                Tuple.tuple("2.1.1", euros("4001000.00")),
                Tuple.tuple("2.1.5", euros("777692.31")));
    }

    @Test
    void repaymentClaimsShowInTheDrawdown() {
        projection.on(new RepaymentClaimed(MUNICH, "C1", LocalDate.of(2023, 1, 31),
                "R1", Money.ofEuros("1000.00"), List.of(),
                Money.ofEuros("12.34"), "x"));
        assertThat(munich().drawdown().reclaimed()).isEqualTo(euros("1000.00"));
        assertThat(munich().drawdown().interestClaimed()).isEqualTo(euros("12.34"));
    }

    @Test
    void aRedeliveredRequestIsCountedOnce() {
        projection.on(CutCase.munichRequested("R1", "400000.00", "0.00"));
        projection.on(CutCase.munichRequested("R1", "400000.00", "0.00"));
        assertThat(munich().drawdown().requested()).isEqualTo(euros("260000.00"));
    }

    @Test
    void resetEmptiesTheModel() {
        projection.reset();
        assertThat(projection.handle(new FindBudget(CutCase.PROJECT)).partners()).isEmpty();
    }

    /** A plan stored with each year rounded on its own (0.07 EUR three times for a grant of 0.20 EUR) adds up. */
    @Test
    void aPlanWhoseStoredYearsDoNotAddUpIsShownAsTheDomainSplitsIt() {
        projection.on(CutCase.joined(CutCase.HAMBURG, "Freie und Hansestadt Hamburg", true));
        List<CostPlanLine> lines = List.of(2021, 2022, 2023).stream().map(year -> new CostPlanLine(year,
                CutCase.STAFF, Money.ofEuros("0.10"), Phase.B)).toList();
        List<YearlyFunding> roundedEachOnItsOwn = lines.stream().map(line -> new YearlyFunding(line.year(),
                Money.ofEuros("0.10"), Money.ofEuros("0.07"), Money.ofEuros("0.03"))).toList();
        projection.on(new CostPlanSet(CutCase.HAMBURG, FundingRate.STANDARD, Money.ZERO, List.of(), lines,
                roundedEachOnItsOwn, Money.ofEuros("0.30"), Money.ofEuros("0.20"), Money.ofEuros("0.10"),
                LocalDate.of(2020, 5, 5)));

        PartnerBudget hamburg = projection.handle(new FindBudget(CutCase.PROJECT)).partners().stream()
                .filter(partner -> partner.partnerCode().equals("FHH")).findFirst().orElseThrow();
        assertThat(hamburg.grant()).isEqualTo(euros("0.20"));
        assertThat(hamburg.years()).extracting(BudgetYear::grant, BudgetYear::ownShare).containsExactly(
                Tuple.tuple(euros("0.07"), euros("0.03")), Tuple.tuple(euros("0.07"), euros("0.03")),
                Tuple.tuple(euros("0.06"), euros("0.04")));
        assertThat(hamburg.years().get(2).lines()).extracting(BudgetLine::grant, BudgetLine::ownShare)
                .containsExactly(Tuple.tuple(euros("0.06"), euros("0.04")));
    }
}
