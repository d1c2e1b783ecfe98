package de.consortium.api.messaging;

import de.consortium.domain.money.Money;

import java.math.BigDecimal;

/** REST amounts are euros with two decimals; the domain counts cents. */
public final class Euros {

    private Euros() {
    }

    public static Money toMoney(BigDecimal euros) {
        return euros == null ? null : Money.ofEuros(euros);
    }
}
