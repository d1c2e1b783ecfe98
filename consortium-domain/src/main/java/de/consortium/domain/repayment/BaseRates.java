package de.consortium.domain.repayment;

import de.consortium.domain.rules.Rule;
import de.consortium.domain.rules.RuleViolation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.TreeMap;

/** The base rate of section 247 BGB (Basiszinssatz) with its dated changes, as configured by the operator. */
public final class BaseRates {

    /** From {@code validFrom} on, the base rate is {@code percent} % a year. */
    public record Change(LocalDate validFrom, BigDecimal percent) {

        public Change {
            Objects.requireNonNull(validFrom, "validFrom");
            Objects.requireNonNull(percent, "percent");
        }
    }

    /** Days {@code from} to {@code until} (both inclusive) at one base rate. */
    public record Span(LocalDate from, LocalDate until, BigDecimal basePercent) {
    }

    private final NavigableMap<LocalDate, BigDecimal> changes = new TreeMap<>();

    public BaseRates(List<Change> changes) {
        changes.forEach(change -> this.changes.put(change.validFrom(), change.percent()));
    }

    /** The days from {@code from} to {@code until}, split where the base rate changes. */
    public List<Span> spans(LocalDate from, LocalDate until) {
        Map.Entry<LocalDate, BigDecimal> first = changes.floorEntry(from);
        if (first == null) {
            throw new RuleViolation(Rule.BASE_RATE_KNOWN, "No base rate is configured for " + from + ".");
        }
        List<Span> spans = new ArrayList<>();
        LocalDate start = from;
        BigDecimal rate = first.getValue();
        for (Map.Entry<LocalDate, BigDecimal> change : changes.subMap(from, false, until, true).entrySet()) {
            spans.add(new Span(start, change.getKey().minusDays(1), rate));
            start = change.getKey();
            rate = change.getValue();
        }
        spans.add(new Span(start, until, rate));
        return spans;
    }
}
