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

    LiveUpdates(ProjectUpdateStreams streams, HeldBackUpdates held) {
        this.streams = streams;
        this.held = held;
    }

    /**
     * A stream of the changes of the projects {@code projects} accepts. It begins with the last change of each of
     * them after the last update the client received ({@code lastEventId}), else after the position its page showed
     * ({@code shown}); with neither, with the next change.
     */
    public SseEmitter follow(Predicate<String> projects, @Nullable Long lastEventId, @Nullable Long shown) {
        Long since = lastEventId != null ? lastEventId : shown;
        return since == null ? streams.open(projects, Long.MIN_VALUE, List::of)
                : streams.open(projects, since, () -> held.missedSince(since, projects));
    }

    /** The position up to which a page rendered now shows the changes of the projects {@code projects} accepts. */
    public long shownUpTo(Predicate<String> projects) {
        return held.shownUpTo(projects);
    }
}
