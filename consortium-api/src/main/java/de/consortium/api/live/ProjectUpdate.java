package de.consortium.api.live;

import org.springframework.lang.Nullable;

import java.time.Instant;

/**
 * A change to a project as those following it learn of it: the event's type, the partner it concerns (none for the
 * project's own events), its aggregate's sequence number, its position in the history and when it was recorded.
 */
public record ProjectUpdate(String projectId, @Nullable String partnerCode, String eventType, long sequenceNumber,
                           long position, Instant recordedAt) {

    /** The aggregate whose event this is: the partner ({@code project/partner}) or the project. */
    String aggregateId() {
        return partnerCode == null ? projectId : projectId + "/" + partnerCode;
    }
}
