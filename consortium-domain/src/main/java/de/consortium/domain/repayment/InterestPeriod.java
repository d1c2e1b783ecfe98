package de.consortium.domain.repayment;

import de.consortium.domain.money.Money;

import java.math.BigDecimal;
import java.time.LocalDate;

/** Interest on a reclaimed amount for the days {@code from} to {@code until} (inclusive) at {@code ratePercent}. */
public record InterestPeriod(LocalDate from, LocalDate until, BigDecimal ratePercent, long days, Money interest) {
}
