package de.consortium.domain.repayment;

import de.consortium.domain.money.Money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * Rule R8.3 (docs/domain.md): reclaimed grants bear interest at 5 percentage points above the base rate of section 247
 * BGB, from the day after the payout. Day count: actual days over 365 (act/365 fixed); each span of one base rate is
 * rounded half-up to the cent, and the claim's interest is the sum of its spans.
 */
public final class RepaymentInterest {

    static final BigDecimal SURCHARGE_PERCENT = BigDecimal.valueOf(5);
    static final BigDecimal DAYS_PER_YEAR = BigDecimal.valueOf(365);

    private RepaymentInterest() {
    }

    /** Interest on {@code principal} paid out on {@code paidOn}, up to and including {@code until}. */
    public static List<InterestPeriod> periods(Money principal, LocalDate paidOn, LocalDate until, BaseRates rates) {
        LocalDate from = paidOn.plusDays(1);
        if (until.isBefore(from)) {
            return List.of();
        }
        return rates.spans(from, until).stream().map(span -> {
            BigDecimal rate = span.basePercent().add(SURCHARGE_PERCENT);
            long days = ChronoUnit.DAYS.between(span.from(), span.until()) + 1;
            BigDecimal cents = BigDecimal.valueOf(principal.cents()).multiply(rate).multiply(BigDecimal.valueOf(days))
                    .divide(BigDecimal.valueOf(100).multiply(DAYS_PER_YEAR), 0, RoundingMode.HALF_UP);
            return new InterestPeriod(span.from(), span.until(), rate, days, Money.ofCents(cents.longValueExact()));
        }).toList();
    }

    public static Money total(List<InterestPeriod> periods) {
        return periods.stream().map(InterestPeriod::interest).reduce(Money.ZERO, Money::plus);
    }
}
