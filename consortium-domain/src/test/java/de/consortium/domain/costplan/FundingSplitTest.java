package de.consortium.domain.costplan;

import de.consortium.domain.money.FundingRate;
import de.consortium.domain.money.Money;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** R1.1: a plan's grant and own share, laid out over years and cost lines, add up in every row and column. */
class FundingSplitTest {

    /** The CUT project's cost and financing plan (the seed), eligible costs per cost line and year 2021 to 2025. */
    private static final String SEED_PLAN = """
            2.1.1 2989576.30 3131055.80 3149747.50 3168761.80 3188028.50
            2.1.2 244565.70 287861.20 290351.50 292886.20 295454.50
            2.1.3 1003802.80 1378802.80 1178802.80 1128802.80 928802.80
            2.1.4 112396.20 112396.20 112396.20 112396.20 112396.20
            2.1.5 933054.00 1089179.00 1040435.00 961714.00 964655.92
            2.1.6 50000.00 50000.00 50000.00 50000.00 50000.00
            2.1.7 53500.00 60500.00 70500.00 65500.00 70500.00
            2.2.1 510000.00 340000.00 480000.00 480000.00 480000.00
            2.2.2 0.00 50000.00 50000.00 0.00 0.00
            2.2.3 165000.00 184000.00 140000.00 140000.00 129947.31
            2.2.4 90000.00 80000.00 60000.00 60000.00 50000.00
            2.2.5 0.00 51000.00 51000.00 51000.00 0.00
            """;

    @Test
    void theSeedsPlanAsOneSplitsAsTheProgrammePrintsIt() {
        FundingSplit split = FundingSplit.of(FundingRate.STANDARD, seedPlan());

        assertThat(split.years()).extracting(FundingSplit.Year::year, FundingSplit.Year::grant,
                FundingSplit.Year::ownShare).containsExactly(
                yearFunding(2021, "3998731.75", "2153163.25"),
                yearFunding(2022, "4429616.75", "2385178.25"),
                yearFunding(2023, "4337601.45", "2335631.55"),
                yearFunding(2024, "4232189.65", "2278871.35"),
                yearFunding(2025, "4075360.40", "2194424.83"));
        assertAddsUp(FundingRate.STANDARD, split, seedPlan());
    }

    @Test
    void aLineWhoseShareIsWholeCentsGetsExactlyIt() {
        FundingSplit split = FundingSplit.of(FundingRate.STANDARD, List.of(
                line(2021, "2.1.1", "4000000.00"), line(2021, "2.1.3", "0.01"), line(2022, "2.1.1", "0.01")));

        assertThat(split.years().get(0).lines()).extracting(FundingSplit.Line::grant)
                .containsExactly(Money.ofEuros("2600000.00"), Money.ofCents(1));
        assertThat(split.years().get(1).lines()).extracting(FundingSplit.Line::grant, FundingSplit.Line::ownShare)
                .containsExactly(Tuple.tuple(Money.ZERO, Money.ofCents(1)));
    }

    @Test
    void theLeftOverCentGoesToTheLargestFractionThenToTheEarlierYearAndLine() {
        // 3 x 0.10 EUR at 65 %: 6.5 cents each, 19.5 in all, rounded once: 20 = 6 + 7 + 7
        FundingSplit years = FundingSplit.of(FundingRate.STANDARD, List.of(
                line(2021, "2.1.1", "0.10"), line(2022, "2.1.1", "0.10"), line(2023, "2.1.1", "0.10")));
        assertThat(years.years()).extracting(FundingSplit.Year::grant)
                .containsExactly(Money.ofCents(7), Money.ofCents(7), Money.ofCents(6));
        FundingSplit lines = FundingSplit.of(FundingRate.STANDARD, List.of(
                line(2021, "2.2.1", "0.10"), line(2021, "2.1.1", "0.10"), line(2021, "2.1.2", "0.11")));
        // 6.5, 6.5 and 7.15 cents: 20.15, rounded 20 = 6 + 6 + 7, then the two 0.5 fractions: the earlier line
        assertThat(lines.years().get(0).lines()).extracting(line -> line.costLine().code(), FundingSplit.Line::grant)
                .containsExactly(Tuple.tuple("2.1.1", Money.ofCents(7)),
                        Tuple.tuple("2.1.2", Money.ofCents(7)),
                        Tuple.tuple("2.2.1", Money.ofCents(6)));
    }

    @Test
    void thePhasesGrantsAddUpToThePlansGrantAsTheYearsDo() {
        // 0.10 and 0.11 EUR at 65 %: 6.5 and 7.15 cents, 13.65 in all, rounded once: 14 = 7 + 7 (A's half cent)
        Map<Phase, Money> grants = FundingSplit.grantByPhase(FundingRate.STANDARD,
                Map.of(Phase.B, Money.ofCents(11), Phase.A, Money.ofCents(10)));
        assertThat(grants).containsExactly(Map.entry(Phase.A, Money.ofCents(7)), Map.entry(Phase.B, Money.ofCents(7)));
        // 1 and 2 cents: shares 0.65 and 1.30, 1.95 rounded 2: B its whole cent, A the other for its larger fraction
        assertThat(FundingSplit.grantByPhase(FundingRate.STANDARD, Map.of(Phase.A, Money.ofCents(1),
                Phase.B, Money.ofCents(2)))).containsExactly(Map.entry(Phase.A, Money.ofCents(1)),
                Map.entry(Phase.B, Money.ofCents(1)));
        assertThat(FundingSplit.grantByPhase(FundingRate.STANDARD, Map.of())).isEmpty();
    }

    @Test
    void aLinePlannedInBothPhasesCountsOnce() {
        FundingSplit split = FundingSplit.of(FundingRate.STANDARD, List.of(
                new CostPlanLine(2021, CostLine.of("2.1.1"), Money.ofEuros("100.00"), Phase.A),
                new CostPlanLine(2021, CostLine.of("2.1.1"), Money.ofEuros("50.00"), Phase.B)));
        assertThat(split.years().get(0).lines()).singleElement().satisfies(line -> {
            assertThat(line.eligibleCosts()).isEqualTo(Money.ofEuros("150.00"));
            assertThat(line.grant()).isEqualTo(Money.ofEuros("97.50"));
            assertThat(line.ownShare()).isEqualTo(Money.ofEuros("52.50"));
        });
    }

    /** The seed's plan shared by two, three or seven partners, each cell divided with its odd cents to the first. */
    @ParameterizedTest(name = "shared by {0}")
    @ValueSource(ints = {2, 3, 7})
    void everyPartnersShareOfTheSeedAddsUpAndSoDoesTheirSum(int partners) {
        List<List<CostPlanLine>> plans = new ArrayList<>();
        for (int p = 0; p < partners; p++) {
            plans.add(new ArrayList<>());
        }
        for (CostPlanLine cell : seedPlan()) {
            long cents = cell.eligibleCosts().cents();
            for (int p = 0; p < partners; p++) {
                long share = cents / partners + (p < cents % partners ? 1 : 0);
                plans.get(p).add(new CostPlanLine(cell.year(), cell.costLine(), Money.ofCents(share), Phase.B));
            }
        }
        long projectGrant = 0;
        long[] projectYearGrants = new long[5];
        for (List<CostPlanLine> plan : plans) {
            FundingSplit split = FundingSplit.of(FundingRate.STANDARD, plan);
            assertAddsUp(FundingRate.STANDARD, split, plan);
            projectGrant += FundingRate.STANDARD.grantFor(total(plan)).cents();
            for (int y = 0; y < 5; y++) {
                projectYearGrants[y] += split.years().get(y).grant().cents();
            }
        }
        assertThat(Arrays.stream(projectYearGrants).sum()).isEqualTo(projectGrant);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"STANDARD", "BUDGET_EMERGENCY"})
    void randomPlansAddUpInEveryRowAndColumn(FundingRate rate) {
        Random random = new Random(436);
        String[] codes = {"2.1.1", "2.1.2", "2.1.3", "2.1.5", "2.2.1", "2.2.4"};
        for (int plan = 0; plan < 500; plan++) {
            List<CostPlanLine> lines = new ArrayList<>();
            for (int year = 2021; year <= 2021 + random.nextInt(5); year++) {
                for (String code : codes) {
                    if (random.nextInt(3) > 0) {
                        long cents = random.nextInt(4) == 0 ? random.nextInt(10) : random.nextLong(1, 500_000_000L);
                        lines.add(line(year, code, Money.ofCents(cents)));
                    }
                }
            }
            assertAddsUp(rate, FundingSplit.of(rate, lines), lines);
        }
    }

    private static void assertAddsUp(FundingRate rate, FundingSplit split, List<CostPlanLine> plan) {
        Money grant = rate.grantFor(total(plan));
        assertThat(split.years().stream().map(FundingSplit.Year::grant).reduce(Money.ZERO, Money::plus))
                .isEqualTo(grant);
        assertThat(split.years().stream().map(FundingSplit.Year::ownShare).reduce(Money.ZERO, Money::plus))
                .isEqualTo(total(plan).minus(grant));
        for (FundingSplit.Year year : split.years()) {
            assertThat(year.lines().stream().map(FundingSplit.Line::grant).reduce(Money.ZERO, Money::plus))
                    .isEqualTo(year.grant());
            assertThat(year.lines().stream().map(FundingSplit.Line::ownShare).reduce(Money.ZERO, Money::plus))
                    .isEqualTo(year.ownShare());
            for (FundingSplit.Line line : year.lines()) {
                assertThat(line.grant().plus(line.ownShare())).isEqualTo(line.eligibleCosts());
                long exactHundredths = line.eligibleCosts().cents() * rate.grantPercent();
                assertThat(line.grant().cents() * 100).isBetween(exactHundredths - 100, exactHundredths + 100);
            }
        }
    }

    private static List<CostPlanLine> seedPlan() {
        List<CostPlanLine> lines = new ArrayList<>();
        SEED_PLAN.lines().map(row -> row.split(" ")).forEach(cells -> {
            for (int y = 0; y < 5; y++) {
                lines.add(line(2021 + y, cells[0], cells[y + 1]));
            }
        });
        return lines;
    }

    private static Money total(List<CostPlanLine> plan) {
        return plan.stream().map(CostPlanLine::eligibleCosts).reduce(Money.ZERO, Money::plus);
    }

    private static CostPlanLine line(int year, String costLine, String euros) {
        return line(year, costLine, Money.ofEuros(euros));
    }

    private static CostPlanLine line(int year, String costLine, Money costs) {
        return new CostPlanLine(year, CostLine.of(costLine), costs, Phase.B);
    }

    private static Tuple yearFunding(int year, String grant, String ownShare) {
        return Tuple.tuple(year, Money.ofEuros(grant), Money.ofEuros(ownShare));
    }
}
