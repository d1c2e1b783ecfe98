package de.consortium.projections.budget;

import java.math.BigDecimal;
import java.util.List;

/** A year of the financing plan: eligible costs, grant and own share, and its cost lines. */
public record BudgetYear(int year, BigDecimal eligibleCosts, BigDecimal grant, BigDecimal ownShare,
                         List<BudgetLine> lines) {
}
