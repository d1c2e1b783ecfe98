package de.consortium.api.live;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.springframework.stereotype.Component;

/**
 * Follows every event appended on any instance (this instance's own processor, from the head of the history, its
 * position kept in memory) and holds back an update of the project it concerns.
 */
@Component
@ProcessingGroup(LiveUpdateHandler.GROUP)
class LiveUpdateHandler {

    static final String GROUP = "live-updates";

    private final HeldBackUpdates held;

    LiveUpdateHandler(HeldBackUpdates held) {
        this.held = held;
    }

    @EventHandler
    void on(Object event, EventMessage<?> message, TrackingToken token) {
        if (!(message instanceof DomainEventMessage<?> domainEvent) || token.position().isEmpty()) {
            return;
        }
        // a partner's aggregate id is "<project>/<partner>", the project's its project id
        String[] aggregate = domainEvent.getAggregateIdentifier().split("/", 2);
        held.hold(new ProjectUpdate(aggregate[0], aggregate.length > 1 ? aggregate[1] : null,
                domainEvent.getPayloadType().getSimpleName(), domainEvent.getSequenceNumber(),
                token.position().getAsLong(), domainEvent.getTimestamp()), domainEvent.getPayloadType());
    }
}
