package de.consortium.api.operations;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * How far a rebuild has come: its stage, who asked, and per segment the position reached and whether it still
 * replays; {@code percent} compares the slowest segment with the head of the history.
 */
public record ReplayProgress(String processor, String status, String requestedBy, OffsetDateTime requestedAt,
                             OffsetDateTime finishedAt, long headPosition, int percent, List<Segment> segments) {

    public record Segment(int segment, String owner, Long position, boolean replaying) {
    }
}
