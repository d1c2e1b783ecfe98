package de.consortium.projections.budget;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The whole project's budget as the sum of its partners': totals, drawdown, and each year and cost line. */
final class ProjectTotals {

    private ProjectTotals() {
    }

    static ProjectBudget of(String projectId, List<PartnerBudget> partners) {
        GrantDrawdown drawdown = new GrantDrawdown(
                sum(partners, p -> p.drawdown().granted()), sum(partners, p -> p.drawdown().requested()),
                sum(partners, p -> p.drawdown().approved()), sum(partners, p -> p.drawdown().paid()),
                sum(partners, p -> p.drawdown().remaining()), sum(partners, p -> p.drawdown().reclaimed()),
                sum(partners, p -> p.drawdown().interestClaimed()));
        Map<Integer, List<BudgetYear>> byYear = partners.stream().flatMap(p -> p.years().stream())
                .collect(Collectors.groupingBy(BudgetYear::year, TreeMap::new, Collectors.toList()));
        List<ProjectBudget.YearTotal> years = byYear.entrySet().stream().map(e -> new ProjectBudget.YearTotal(
                e.getKey(), sum(e.getValue(), BudgetYear::eligibleCosts), sum(e.getValue(), BudgetYear::grant),
                sum(e.getValue(), BudgetYear::ownShare), lines(e.getValue()))).toList();
        return new ProjectBudget(projectId, sum(partners, PartnerBudget::eligibleCosts),
                sum(partners, PartnerBudget::grant), sum(partners, PartnerBudget::ownShare), drawdown, years,
                partners);
    }

    private static List<BudgetLine> lines(List<BudgetYear> partnerYears) {
        Map<String, List<BudgetLine>> byCode = partnerYears.stream().flatMap(y -> y.lines().stream())
                .collect(Collectors.groupingBy(BudgetLine::costLine, TreeMap::new, Collectors.toList()));
        return byCode.values().stream().map(lines -> new BudgetLine(lines.get(0).costLine(), lines.get(0).title(),
                sum(lines, BudgetLine::plannedCosts), sum(lines, BudgetLine::grant), sum(lines, BudgetLine::ownShare),
                sum(lines, BudgetLine::requestedCosts),
                sum(lines, BudgetLine::approvedCosts), sum(lines, BudgetLine::paidCosts),
                sum(lines, BudgetLine::remainingCosts))).toList();
    }

    private static <T> BigDecimal sum(List<T> items, Function<T, BigDecimal> amount) {
        return items.stream().map(amount).reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
    }
}
