package de.consortium.api.audit;

import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The history of an event store that is not a table here (Axon Server), read through Axon's streaming API. Its
 * positions are a gapless sequence from 0, so nothing is ever passed over. Payload and meta-data are taken in the
 * serialized form the store handed over (re-serialized only if the store used another serializer).
 */
final class StreamedStoredEvents implements StoredEvents {

    private static final int WAIT_MILLIS = 200;

    private final EventStore eventStore;
    private final Serializer serializer;

    StreamedStoredEvents(EventStore eventStore, Serializer serializer) {
        this.eventStore = eventStore;
        this.serializer = serializer;
    }

    @Override
    public long firstPosition() {
        return 0;
    }

    @Override
    public List<StoredEvent> after(long position, int limit) {
        List<StoredEvent> events = new ArrayList<>();
        try (BlockingStream<TrackedEventMessage<?>> stream = eventStore.openStream(
                position < 0 ? null : new GlobalSequenceTrackingToken(position))) {
            while (events.size() < limit && stream.hasNextAvailable(WAIT_MILLIS, TimeUnit.MILLISECONDS)) {
                events.add(stored(stream.nextAvailable()));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while reading the event history", e);
        }
        return events;
    }

    @Override
    public List<StoredEvent> passedOver(List<ChainStore.Gap> gaps, long frontier) {
        return List.of();
    }

    private StoredEvent stored(TrackedEventMessage<?> event) {
        SerializedObject<byte[]> payload = event.serializePayload(serializer, byte[].class);
        boolean domain = event instanceof DomainEventMessage<?>;
        return new StoredEvent(event.trackingToken().position().orElseThrow(), event.getIdentifier(),
                domain ? ((DomainEventMessage<?>) event).getAggregateIdentifier() : null,
                domain ? ((DomainEventMessage<?>) event).getSequenceNumber() : -1, payload.getType().getName(),
                payload.getType().getRevision(), event.getTimestamp().toString(), payload.getData(),
                event.serializeMetaData(serializer, byte[].class).getData());
    }
}
