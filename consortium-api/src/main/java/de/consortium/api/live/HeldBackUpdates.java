package de.consortium.api.live;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;

/**
 * Changes that have happened but that the read models may not show yet. A page told of a change reads the read
 * models at once, so each change is held back until every read model that handles it has processed it, on
 * whichever instance holds the segment.
 */
@Component
class HeldBackUpdates {

    /** An update held back, with the type of its event, which says which read models must show it. */
    record Held(ProjectUpdate update, Class<?> payloadType) {
    }

    private final List<Held> held = new ArrayList<>();
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
