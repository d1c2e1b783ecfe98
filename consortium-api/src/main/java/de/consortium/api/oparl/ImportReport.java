package de.consortium.api.oparl;

import org.springframework.lang.Nullable;

import java.time.Instant;
import java.util.List;

/**
 * What one import of a partner's council system did: every decision it found on a followed paper and what became of
 * it, how many papers it read and how many it did not follow; or, if the system could not be read, why (then
 * nothing was imported).
 */
public record ImportReport(String project, String partner, String startedBy, Instant startedAt, Instant finishedAt,
                           Status status, @Nullable String error, int papersRead, int papersNotFollowed,
                           List<Decision> decisions) {

    public enum Status { COMPLETED, FAILED }

    /** A decision as the council's system holds it, and what the import made of it. */
    public record Decision(String paper, @Nullable String reference, @Nullable String agendaItem, Outcome outcome,
                           String detail) {
    }

    public enum Outcome {
        /** recorded as a council resolution now */
        IMPORTED,
        /** recorded before (by an earlier import or by hand): nothing added */
        ALREADY_RECORDED,
        /** not a decision the import can record as it is (not decided yet, unknown result, missing facts) */
        SKIPPED,
        /** the programme's rules refused the resolution */
        REFUSED
    }
}
