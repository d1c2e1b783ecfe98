package de.consortium.projections.budget;

import de.consortium.domain.costplan.Phase;

import java.math.BigDecimal;

/**
 * A partner's plan and drawdown in one phase: the eligible costs planned in it and the grant that falls on them (the
 * domain's split, so the phases add up to the plan), then in grant euros what its requests drew: requested (not
 * rejected), approved (or paid), paid, and the phase's planned grant not requested yet.
 */
public record PhaseBudget(Phase phase, BigDecimal plannedCosts, BigDecimal grant, BigDecimal requested,
                          BigDecimal approved, BigDecimal paid, BigDecimal remaining) {
}
