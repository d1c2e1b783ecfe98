package de.consortium.api.messaging;

import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;

/**
 * An aggregate's version as the event store has it: the sequence number of its last event. Read models follow
 * the store a moment later; a version that a client sends back as {@code If-Match} must not lag.
 */
@Component
public class AggregateVersions {

    private final EventStore eventStore;

    AggregateVersions(EventStore eventStore) {
        this.eventStore = eventStore;
    }

    /** The version, or -1 where the aggregate has no events. */
    public long of(String aggregateId) {
        return eventStore.lastSequenceNumberFor(aggregateId).orElse(-1L);
    }
}
