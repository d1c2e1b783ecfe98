package de.consortium.projections.budget;

import java.math.BigDecimal;

/**
 * One year and cost line of a partner's plan, in eligible costs: planned; requested (everything not rejected),
 * approved (approved or paid), paid; and what remains of the plan after what is requested.
 */
public record BudgetLine(String costLine, String title, BigDecimal planned, BigDecimal requested,
                         BigDecimal approved, BigDecimal paid, BigDecimal remaining) {
}
