package de.consortium.projections.status;

import de.consortium.domain.costplan.Phase;
import org.springframework.lang.Nullable;

import java.time.LocalDate;

/**
 * Something still open that falls due on {@code date}, overdue once that day has passed (as of the day the query
 * asks for); the partner, request or phase it concerns where it concerns one.
 */
public record Deadline(DeadlineKind kind, String description, LocalDate date, boolean overdue,
                       @Nullable String partnerCode, @Nullable String requestId, @Nullable Phase phase) {

    /**
     * What the deadline is, the same from one query to the next: project, partner (or "project"), kind, and the
     * request or phase it concerns; for calendar ids and notices.
     */
    public String identity(String projectId) {
        String what = requestId != null ? requestId : phase != null ? phase.name() : "";
        return String.join("-", projectId, partnerCode == null ? "project" : partnerCode, kind.name(), what)
                .replaceAll("-+$", "");
    }

    static Deadline of(DeadlineKind kind, String description, LocalDate date, LocalDate today, String partnerCode,
                       String requestId, Phase phase) {
        return new Deadline(kind, description, date, date.isBefore(today), partnerCode, requestId, phase);
    }
}
