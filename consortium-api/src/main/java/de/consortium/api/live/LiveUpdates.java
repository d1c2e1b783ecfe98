package de.consortium.api.live;

import org.springframework.lang.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import java.util.List;
import java.util.function.Predicate;

/**
 * Following projects' changes, for pages and dashboards. A page is rendered from the read models first and follows
 * its changes only once its script runs; it says up to which position it showed the history, and is told at once of
 * what changed since. A dashboard reconnecting says the last update it got, as server-sent events do.
 */
@Component
public class LiveUpdates {

    private final ProjectUpdateStreams streams;
    private final HeldBackUpdates held;
    private final ReadModelPositions positions;

    LiveUpdates(ProjectUpdateStreams streams, HeldBackUpdates held, ReadModelPositions positions) {
        this.streams = streams;
        this.held = held;
        this.positions = positions;
    }

    /**
     * A stream of the changes of the projects {@code projects} accepts. It begins with the last change of each of
     * them after the last update the client received ({@code lastEventId}), else after the position its page showed
     * ({@code shown}); with neither, with the next change.
     */
    public SseEmitter follow(Predicate<String> projects, @Nullable Long lastEventId, @Nullable Long shown) {
        Long since = lastEventId != null ? lastEventId : shown;
        return streams.open(projects, since == null ? List::of : () -> held.missedSince(since, projects));
    }

    /** The position up to which every read model shows the history now: what a page rendered now shows. */
    public long shownByAll() {
        return positions.now().shownByAll();
    }
}
