package de.consortium.api.audit;

import com.fasterxml.jackson.databind.ObjectMapper;
import de.consortium.api.messaging.CommandOrigin;
import de.consortium.domain.rules.ActingPrincipal;
import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.correlation.MessageOriginProvider;
import org.axonframework.serialization.AnnotationRevisionResolver;
import org.axonframework.serialization.RevisionResolver;
import org.springframework.stereotype.Component;

import java.util.Collections;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * The whole event history in the store's global order, read through Axon's streaming API so that it reads alike
 * from the JDBC event store and from Axon Server. Nothing is held beyond the event at hand.
 */
@Component
public class EventHistory {

    private static final RevisionResolver REVISIONS = new AnnotationRevisionResolver();

    private final EventStore eventStore;
    private final ObjectMapper mapper;

    EventHistory(EventStore eventStore, ObjectMapper mapper) {
        this.eventStore = eventStore;
        this.mapper = mapper;
    }

    /**
     * Hands the events from {@code fromPosition} on to {@code consumer} in order, until it returns {@code false} or
     * the history ends.
     */
    public void read(long fromPosition, Predicate<AuditEntry> consumer) {
        try (BlockingStream<TrackedEventMessage<?>> stream = eventStore.openStream(tokenBefore(fromPosition))) {
            while (stream.hasNextAvailable(200, TimeUnit.MILLISECONDS)) {
                TrackedEventMessage<?> event = stream.nextAvailable();
                if (!consumer.test(entry(event))) {
                    return;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while reading the event history", e);
        }
    }

    private TrackingToken tokenBefore(long position) {
        if (position <= 0) {
            return null;
        }
        TrackingToken tail = eventStore.createTailToken();
        return tail instanceof GlobalSequenceTrackingToken
                ? new GlobalSequenceTrackingToken(position - 1)
                : GapAwareTrackingToken.newInstance(position - 1, Collections.emptySet());
    }

    private AuditEntry entry(TrackedEventMessage<?> event) {
        long position = event.trackingToken().position().orElse(-1);
        String aggregateId = event instanceof DomainEventMessage<?> domain ? domain.getAggregateIdentifier() : null;
        long sequence = event instanceof DomainEventMessage<?> domain ? domain.getSequenceNumber() : -1;
        MetaData metaData = event.getMetaData();
        return new AuditEntry(position, event.getIdentifier(), aggregateId, sequence,
                event.getPayloadType().getSimpleName(), REVISIONS.revisionOf(event.getPayloadType()),
                event.getTimestamp(), text(metaData, ActingPrincipal.PRINCIPAL), text(metaData, CommandOrigin.COMMAND),
                // Axon's trace id names the message that started the chain, its correlation id the direct cause
                text(metaData, MessageOriginProvider.getDefaultTraceKey()),
                text(metaData, MessageOriginProvider.getDefaultCorrelationKey()),
                mapper.valueToTree(event.getPayload()), new TreeMap<>(metaData));
    }

    private static String text(MetaData metaData, String key) {
        Object value = metaData.get(key);
        return value == null ? null : value.toString();
    }
}
