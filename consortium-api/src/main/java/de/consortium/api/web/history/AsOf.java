package de.consortium.api.web.history;

import org.springframework.format.annotation.DateTimeFormat;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The query parameters that ask for a read model in the past (docs/domain.md, two clocks).
 *
 * @param asOf    as it was in the world on this date, e.g. 2022-06-30
 * @param knownAt as the system knew it at this instant, e.g. 2026-01-01T00:00:00Z
 */
public record AsOf(@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
                   @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant knownAt) {

    /** The cut asked for, or {@code null} for the live read model. */
    public Cut cut() {
        return Cut.of(asOf, knownAt);
    }
}
