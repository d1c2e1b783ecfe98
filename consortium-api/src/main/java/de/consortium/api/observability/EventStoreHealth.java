package de.consortium.api.observability;

import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.stereotype.Component;

/** The event store answers: its head position is read (from the database or from Axon Server). */
@Component("eventStoreHealthIndicator")
class EventStoreHealth implements HealthIndicator {

    private final EventStore eventStore;

    EventStoreHealth(EventStore eventStore) {
        this.eventStore = eventStore;
    }

    @Override
    public Health health() {
        try {
            TrackingToken head = eventStore.createHeadToken();
            return Health.up().withDetail("headPosition", head == null ? -1 : head.position().orElse(-1)).build();
        } catch (RuntimeException e) {
            return Health.down(e).build();
        }
    }
}
