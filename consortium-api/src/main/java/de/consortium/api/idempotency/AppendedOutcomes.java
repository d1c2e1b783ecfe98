package de.consortium.api.idempotency;

import de.consortium.api.messaging.CommandAttempt;
import de.consortium.api.messaging.CommandOutcome;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;

/**
 * The event store has the last word on whether an earlier attempt stored its events. The record that it did is
 * committed just before the events are (see {@link IdempotentRequests#recordAppended}); if the events then failed to
 * commit (the node died in between), the record speaks of events that are not stored. An attempt carries an earlier
 * outcome on only if the event it names is stored and came from this request.
 */
@Component
class AppendedOutcomes {

    private final EventStore eventStore;

    AppendedOutcomes(EventStore eventStore) {
        this.eventStore = eventStore;
    }

    CommandAttempt confirmed(CommandAttempt attempt) {
        CommandOutcome appended = attempt.appended();
        if (appended == null) {
            return attempt;
        }
        DomainEventStream events = eventStore.readEvents(appended.aggregateId(), appended.version());
        if (events.hasNext()) {
            DomainEventMessage<?> event = events.next();
            if (event.getSequenceNumber() == appended.version() && attempt.storedBy(event.getMetaData())) {
                return attempt;
            }
        }
        return attempt.withoutOutcome();
    }
}
