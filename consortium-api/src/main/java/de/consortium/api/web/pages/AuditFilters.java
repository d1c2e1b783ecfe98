package de.consortium.api.web.pages;

import de.consortium.api.audit.AuditFilter;
import org.springframework.format.annotation.DateTimeFormat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

/** What the form asks for; empty fields narrow nothing. */
public record AuditFilters(String project, String partner, String type,
                           @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate happenedFrom,
                           @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate happenedUntil,
                           @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate recordedFrom,
                           @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate recordedUntil) {

    public AuditFilters {
        project = blankToNull(project);
        partner = blankToNull(partner);
        type = blankToNull(type);
    }

    AuditFilter toFilter(Clock clock) {
        return new AuditFilter(project, partner, type, startOf(recordedFrom, clock),
                startOf(recordedUntil == null ? null : recordedUntil.plusDays(1), clock), happenedFrom,
                happenedUntil);
    }

    private static Instant startOf(LocalDate day, Clock clock) {
        return day == null ? null : day.atStartOfDay(clock.getZone()).toInstant();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
