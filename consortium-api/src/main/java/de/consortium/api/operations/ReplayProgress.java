package de.consortium.api.operations;

import org.springframework.lang.Nullable;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * How far a rebuild has come: its stage, who asked, and per segment the position reached and whether it still
 * replays; {@code percent} compares the slowest segment with the head of the history.
 */
public record ReplayProgress(String processor, ReplayStatus status, String requestedBy,
                             OffsetDateTime requestedAt, @Nullable OffsetDateTime finishedAt, long headPosition, int percent, List<Segment> segments) {

    public record Segment(int segment, @Nullable String owner, @Nullable Long position, boolean replaying) {
    }
}
