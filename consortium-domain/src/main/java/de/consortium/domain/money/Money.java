package de.consortium.domain.money;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** A non-negative amount of euros, exact to the cent. Stored in events as a plain number of cents. */
public record Money(long cents) implements Comparable<Money> {

    public static final Money ZERO = new Money(0);

    public Money {
        if (cents < 0) {
            throw new IllegalArgumentException("an amount of money is never negative: " + cents + " cents");
        }
    }

    @JsonCreator
    public static Money ofCents(long cents) {
        return new Money(cents);
    }

    /** Exact conversion: fractions of a cent are refused, never rounded away. */
    public static Money ofEuros(BigDecimal euros) {
        try {
            return new Money(euros.movePointRight(2).longValueExact());
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException("not a whole number of cents: " + euros, e);
        }
    }

    public static Money ofEuros(String euros) {
        return ofEuros(new BigDecimal(euros));
    }

    @JsonValue
    @Override
    public long cents() {
        return cents;
    }

    public BigDecimal euros() {
        return BigDecimal.valueOf(cents, 2);
    }

    public Money plus(Money other) {
        return new Money(Math.addExact(cents, other.cents));
    }

    public Money minus(Money other) {
        return new Money(Math.subtractExact(cents, other.cents));
    }

    /** This amount times {@code percent} %, rounded half-up to the cent. */
    public Money percent(int percent) {
        BigDecimal share = BigDecimal.valueOf(cents).multiply(BigDecimal.valueOf(percent))
                .divide(BigDecimal.valueOf(100), 0, RoundingMode.HALF_UP);
        return new Money(share.longValueExact());
    }

    public boolean exceeds(Money other) {
        return cents > other.cents;
    }

    public boolean isZero() {
        return cents == 0;
    }

    @Override
    public int compareTo(Money other) {
        return Long.compare(cents, other.cents);
    }

    @Override
    public String toString() {
        DecimalFormat format = new DecimalFormat("#,##0.00 EUR", DecimalFormatSymbols.getInstance(Locale.ROOT));
        return format.format(euros());
    }
}
