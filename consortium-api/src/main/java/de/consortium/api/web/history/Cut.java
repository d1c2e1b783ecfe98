package de.consortium.api.web.history;

import de.consortium.domain.rules.HappenedOn;
import org.axonframework.eventhandling.DomainEventMessage;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * Where history is cut (docs/domain.md, two clocks): as it was in the world on a date (the events that happened by
 * then), or as the system knew it at an instant (the events recorded by then).
 */
public record Cut(LocalDate asOf, Instant knownAt) {

    /** The cut a request asks for, or {@code null} for the live read model. */
    public static Cut of(LocalDate asOf, Instant knownAt) {
        if (asOf != null && knownAt != null) {
            throw new IllegalArgumentException("ask either asOf (a date in the world) or knownAt (an instant of"
                    + " recording), not both");
        }
        return asOf == null && knownAt == null ? null : new Cut(asOf, knownAt);
    }

    /** The day the cut stands on: deadlines before it count as overdue. */
    LocalDate day(ZoneId zone) {
        return asOf != null ? asOf : LocalDate.ofInstant(knownAt, zone);
    }

    boolean includes(DomainEventMessage<?> event) {
        if (knownAt != null) {
            return !event.getTimestamp().isAfter(knownAt);
        }
        return !(event.getPayload() instanceof HappenedOn dated) || !dated.happenedOn().isAfter(asOf);
    }

    @Override
    public String toString() {
        return asOf != null ? "as of " + asOf : "as known at " + knownAt;
    }
}
