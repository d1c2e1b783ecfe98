package de.consortium.api.messaging;

import org.axonframework.eventhandling.DomainEventData;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.TrackedDomainEventData;
import org.axonframework.eventhandling.TrackedEventData;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.serialization.SerializedObject;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collections;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.LongStream;

/**
 * Axon's JDBC storage engine, except that an event read by a processor or a replay has its timestamp parsed once, and
 * quickly ({@link StoredTimestamps}). Axon's keeps the stored text and parses it with a general ISO formatter when it
 * decides whether a gap before the event may still fill, and again for the event's message: in a profile of a
 * rebuild that was 15 % of the thread reading the history, and every processor reads every event. How the tracking
 * token advances is Axon's, unchanged.
 */
class TimestampOnceStorageEngine extends JdbcEventStorageEngine {

    /** Axon's defaults, set on the builder here so that this engine's tokens advance exactly as Axon's. */
    private static final long LOWEST_GLOBAL_SEQUENCE = 1;
    private static final int MAX_GAP_OFFSET = 10_000;
    private static final int GAP_TIMEOUT_MILLIS = 60_000;

    private final EventSchema schema;

    TimestampOnceStorageEngine(Builder builder, EventSchema schema) {
        super(builder.schema(schema).lowestGlobalSequence(LOWEST_GLOBAL_SEQUENCE).maxGapOffset(MAX_GAP_OFFSET)
                .gapTimeout(GAP_TIMEOUT_MILLIS));
        this.schema = schema;
    }

    @Override
    protected TrackedEventData<?> getTrackedEventData(ResultSet resultSet, GapAwareTrackingToken previousToken)
            throws SQLException {
        long globalSequence = resultSet.getLong(schema.globalIndexColumn());
        String aggregateIdentifier = resultSet.getString(schema.aggregateIdentifierColumn());
        String eventIdentifier = resultSet.getString(schema.eventIdentifierColumn());
        String timestamp = resultSet.getString(schema.timestampColumn());
        Entry event = new Entry(new GenericDomainEventEntry<>(resultSet.getString(schema.typeColumn()),
                eventIdentifier.equals(aggregateIdentifier) ? null : aggregateIdentifier,
                resultSet.getLong(schema.sequenceNumberColumn()), eventIdentifier, timestamp,
                resultSet.getString(schema.payloadTypeColumn()), resultSet.getString(schema.payloadRevisionColumn()),
                readPayload(resultSet, schema.payloadColumn()), readPayload(resultSet, schema.metaDataColumn())),
                timestamp);
        // a gap before a recent event may still fill (a transaction not yet committed); Axon's rule, on Axon's clock
        boolean allowGaps = event.getTimestamp()
                .isAfter(GenericEventMessage.clock.instant().minusMillis(GAP_TIMEOUT_MILLIS));
        GapAwareTrackingToken token = previousToken == null
                ? GapAwareTrackingToken.newInstance(globalSequence, allowGaps
                        ? LongStream.range(Math.min(LOWEST_GLOBAL_SEQUENCE, globalSequence), globalSequence).boxed()
                                .collect(Collectors.toCollection(TreeSet::new))
                        : Collections.emptySortedSet())
                : previousToken.advanceTo(globalSequence, allowGaps ? MAX_GAP_OFFSET : 0);
        return new TrackedDomainEventData<>(token, event);
    }

    /** A stored event whose timestamp is parsed once, when first asked for; all else as Axon reads it. */
    private static final class Entry implements DomainEventData<Object> {

        private final DomainEventData<?> stored;
        private final String storedTimestamp;
        private volatile Instant timestamp;

        private Entry(DomainEventData<?> stored, String storedTimestamp) {
            this.stored = stored;
            this.storedTimestamp = storedTimestamp;
        }

        @Override
        public Instant getTimestamp() {
            Instant parsed = timestamp;
            if (parsed == null) {
                parsed = StoredTimestamps.parse(storedTimestamp);
                timestamp = parsed;
            }
            return parsed;
        }

        @Override
        public String getType() {
            return stored.getType();
        }

        @Override
        public String getAggregateIdentifier() {
            return stored.getAggregateIdentifier();
        }

        @Override
        public long getSequenceNumber() {
            return stored.getSequenceNumber();
        }

        @Override
        public String getEventIdentifier() {
            return stored.getEventIdentifier();
        }

        @Override
        @SuppressWarnings("unchecked")
        public SerializedObject<Object> getMetaData() {
            return (SerializedObject<Object>) stored.getMetaData();
        }

        @Override
        @SuppressWarnings("unchecked")
        public SerializedObject<Object> getPayload() {
            return (SerializedObject<Object>) stored.getPayload();
        }
    }
}
