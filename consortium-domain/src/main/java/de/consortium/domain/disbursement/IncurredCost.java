package de.consortium.domain.disbursement;

import de.consortium.domain.costplan.CostLine;
import de.consortium.domain.money.Money;

import java.util.Objects;

/** Eligible costs actually incurred in a year on a cost line, for which a disbursement is requested. */
public record IncurredCost(int year, CostLine costLine, Money amount) {

    public IncurredCost {
        Objects.requireNonNull(costLine, "costLine");
        Objects.requireNonNull(amount, "amount");
    }
}
