package de.consortium.api.live;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;

/**
 * Changes that have happened but that the read models may not show yet. A page told of a change reads the read
 * models at once, so each change is held back until every read model that handles it has processed it, on
 * whichever instance holds the segment. Each project's last change is remembered too, for pages that begin to follow
 * their project only after it: see {@link #missedSince}.
 */
@Component
class HeldBackUpdates {

    /** An update held back, with the type of its event, which says which read models must show it. */
    record Held(ProjectUpdate update, Class<?> payloadType) {
    }

    private final List<Held> held = new ArrayList<>();
    private final Map<String, Held> lastChanges = new ConcurrentHashMap<>();
    private final AtomicLong lastSeen = new AtomicLong(-1);
    private final ReadModelPositions positions;
    private final ProjectUpdateStreams streams;
    private final LiveProperties properties;

    HeldBackUpdates(ReadModelPositions positions, ProjectUpdateStreams streams, LiveProperties properties) {
        this.positions = positions;
        this.streams = streams;
        this.properties = properties;
    }

    /** Holds the change back if anyone on this instance follows its project. */
    void hold(ProjectUpdate update, Class<?> payloadType) {
        lastChanges.merge(update.projectId(), new Held(update, payloadType),
                (before, now) -> now.update().position() > before.update().position() ? now : before);
        lastSeen.accumulateAndGet(update.position(), Math::max);
        if (!streams.followed(update.projectId())) {
            return;
        }
        List<Held> overflow = List.of();
        synchronized (held) {
            held.add(new Held(update, payloadType));
            if (held.size() > properties.maxHeldBack()) {
                overflow = take(held.size() - properties.maxHeldBack());
            }
        }
        send(overflow);
    }

    /**
     * The position up to which a page rendered now shows the changes of the projects {@code projects} accepts: just
     * before the first last change of theirs the read models do not show yet, else the last change seen at all.
     * (Not the least position the read models have stored: a segment without changes stores its position late, and
     * a page would then be told at once of a change it already shows.)
     */
    long shownUpTo(Predicate<String> projects) {
        long seen = lastSeen.get();
        ReadModelPositions.Snapshot readModels = positions.now();
        // whether the reader may read a project can cost a lookup: asked only of the few changes not shown yet
        return lastChanges.values().stream().filter(change -> !readModels.shows(change))
                .filter(change -> projects.test(change.update().projectId()))
                .mapToLong(change -> change.update().position() - 1).min().orElse(seen);
    }

    /**
     * The changes a stream that begins now may have missed: of each project it follows, the last change after
     * {@code since}, the position up to which its page showed the history. Those the read models show are returned,
     * to be sent to the new stream at once. The others are held back like any change, so the new stream gets them
     * once the read models show them.
     */
    List<ProjectUpdate> missedSince(long since, Predicate<String> projects) {
        List<Held> missed = lastChanges.values().stream().filter(change -> change.update().position() > since
                && projects.test(change.update().projectId())).toList();
        if (missed.isEmpty()) {
            return List.of();
        }
        ReadModelPositions.Snapshot readModels = positions.now();
        List<ProjectUpdate> shown = new ArrayList<>();
        synchronized (held) {
            for (Held change : missed) {
                if (readModels.shows(change)) {
                    shown.add(change.update());
                } else if (!held.contains(change)) {
                    held.add(change);
                }
            }
        }
        return shown;
    }

    @Scheduled(fixedDelayString = "${consortium.live.poll-interval:100ms}")
    void releaseWhatTheReadModelsShow() {
        synchronized (held) {
            if (held.isEmpty()) {
                return;
            }
        }
        ReadModelPositions.Snapshot readModels = positions.now();
        List<Held> released;
        synchronized (held) {
            released = held.stream().filter(readModels::shows).toList();
            held.removeAll(released);
        }
        send(released);
    }

    private void send(List<Held> released) {
        streams.send(released.stream().map(Held::update).toList());
    }

    private List<Held> take(int count) {
        List<Held> oldest = new ArrayList<>(held.subList(0, count));
        held.subList(0, count).clear();
        return oldest;
    }
}
