package de.consortium.api.web.pages;

import de.consortium.projections.budget.BudgetLine;
import de.consortium.projections.budget.BudgetYear;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.util.function.Function;

/** A year's cost lines summed for the budget table; templates call it as {@code @budgetYears}. */
@Component("budgetYears")
public class BudgetYears {

    public record Sums(BigDecimal requested, BigDecimal approved, BigDecimal paid, BigDecimal remaining) {
    }

    public Sums sums(BudgetYear year) {
        return new Sums(sum(year, BudgetLine::requestedCosts), sum(year, BudgetLine::approvedCosts),
                sum(year, BudgetLine::paidCosts), sum(year, BudgetLine::remainingCosts));
    }

    private static BigDecimal sum(BudgetYear year, Function<BudgetLine, BigDecimal> figure) {
        return year.lines().stream().map(figure).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
