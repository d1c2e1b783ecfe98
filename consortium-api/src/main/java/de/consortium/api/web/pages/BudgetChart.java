package de.consortium.api.web.pages;

import de.consortium.projections.budget.GrantDrawdown;
import de.consortium.projections.budget.PartnerBudget;
import de.consortium.projections.budget.ProjectBudget;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * Bars of each partner's grant, what it requested and what was paid, as percent of the largest grant (0 to 100),
 * for the budget chart; the table beside it carries the figures.
 */
public record BudgetChart(List<Bar> bars) {

    public record Bar(String name, int granted, int requested, int paid) {
    }

    static BudgetChart of(ProjectBudget budget) {
        BigDecimal largest = budget.partners().stream().map(partner -> partner.drawdown().granted())
                .reduce(BigDecimal.ZERO, BigDecimal::max);
        return new BudgetChart(budget.partners().stream().map(partner -> bar(partner, largest)).toList());
    }

    /** The chart's height in its own units: a band of 56 per partner. */
    public int height() {
        return Math.max(56, bars.size() * 56);
    }

    private static Bar bar(PartnerBudget partner, BigDecimal largest) {
        GrantDrawdown drawdown = partner.drawdown();
        return new Bar(partner.name(), scaled(drawdown.granted(), largest), scaled(drawdown.requested(), largest),
                scaled(drawdown.paid(), largest));
    }

    private static int scaled(BigDecimal amount, BigDecimal largest) {
        return largest.signum() == 0 ? 0
                : amount.multiply(BigDecimal.valueOf(100)).divide(largest, 0, RoundingMode.HALF_UP).intValue();
    }
}
