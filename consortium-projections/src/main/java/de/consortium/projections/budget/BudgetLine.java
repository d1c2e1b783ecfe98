package de.consortium.projections.budget;

import java.math.BigDecimal;

/**
 * One year and cost line of a plan: the eligible costs planned, and the grant and own share that fall on them
 * (split as the domain's FundingSplit lays them out, so that lines add up to their year); then, in eligible costs,
 * those in disbursement requests (everything not rejected), approved (approved or paid) and paid, and the planned
 * costs no request has claimed yet.
 */
public record BudgetLine(String costLine, String title, BigDecimal plannedCosts, BigDecimal grant,
                         BigDecimal ownShare, BigDecimal requestedCosts, BigDecimal approvedCosts,
                         BigDecimal paidCosts, BigDecimal remainingCosts) {
}
