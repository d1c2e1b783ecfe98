package de.consortium.domain.costplan;

import de.consortium.domain.money.Money;

import java.util.Objects;

/**
 * The eligible costs a partner plans for one year on one cost line in one phase. Plans recorded before phases
 * were distinguished were implementation plans, hence phase B when none is given.
 */
public record CostPlanLine(int year, CostLine costLine, Money eligibleCosts, Phase phase) {

    public CostPlanLine {
        Objects.requireNonNull(costLine, "costLine");
        Objects.requireNonNull(eligibleCosts, "eligibleCosts");
        phase = phase == null ? Phase.B : phase;
    }
}
