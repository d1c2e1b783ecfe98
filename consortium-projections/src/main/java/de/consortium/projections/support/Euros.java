package de.consortium.projections.support;

import java.math.BigDecimal;

/** Read models store cents; queries answer in euros with two decimals, exactly. */
public final class Euros {

    private Euros() {
    }

    public static BigDecimal of(long cents) {
        return BigDecimal.valueOf(cents, 2);
    }
}
