package de.consortium.domain.costplan;

import de.consortium.domain.money.Money;

import java.util.Objects;

/** The eligible costs a partner plans for one year on one cost line. */
public record CostPlanLine(int year, CostLine costLine, Money eligibleCosts) {

    public CostPlanLine {
        Objects.requireNonNull(costLine, "costLine");
        Objects.requireNonNull(eligibleCosts, "eligibleCosts");
    }
}
