package de.consortium.api.messaging;

import de.consortium.api.MigratedDatabase;
import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.axonframework.common.transaction.NoTransactionManager;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.serialization.json.JacksonSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The storage engine reads the same tracking tokens and timestamps as Axon's own over a history with gaps, before
 * and after the gap timeout.
 */
class TimestampOnceStorageEngineTest {

    @RegisterExtension
    final MigratedDatabase database = new MigratedDatabase("engine");

    @Test
    void readsTheTokensAndTimestampsAxonsEngineReads() {
        Instant now = GenericEventMessage.clock.instant();
        database.insertEventAt(1, "2020-01-01T00:00:00Z");
        database.insertEventAt(3, "2020-01-01T00:00:00.5Z");
        // gaps before events of the last minute may still fill; before older ones they may not
        database.insertEventAt(6, now.minusSeconds(5).toString());
        database.insertEventAt(9, "2021-06-30T12:30:15.123456Z");
        database.insertEventAt(10, now.toString());
        database.insertEventAt(14, now.minusMillis(1).toString());

        List<Read> axons = read(axonsEngine(), null);
        List<Read> ours = read(ourEngine(), null);

        assertThat(ours).isEqualTo(axons).hasSize(6);
        assertThat(ours.get(5).token()).isEqualTo(GapAwareTrackingToken.newInstance(14, List.of(11L, 12L, 13L)));
        assertThat(ours.get(1).token()).isEqualTo(GapAwareTrackingToken.newInstance(3, List.of()));
        assertThat(ours.get(4).timestamp()).isEqualTo(now);
        TrackingToken middle = axons.get(2).token();
        assertThat(read(ourEngine(), middle)).isEqualTo(read(axonsEngine(), middle)).hasSize(3);
    }

    record Read(TrackingToken token, Instant timestamp, String identifier) {
    }

    private static List<Read> read(EventStorageEngine engine, TrackingToken after) {
        try (Stream<? extends TrackedEventMessage<?>> events = engine.readEvents(after, false)) {
            return events.map(event -> new Read(event.trackingToken(), event.getTimestamp(), event.getIdentifier()))
                    .toList();
        }
    }

    private EventStorageEngine axonsEngine() {
        return builder().build();
    }

    private EventStorageEngine ourEngine() {
        return new TimestampOnceStorageEngine(builder(), new EventSchema());
    }

    private JdbcEventStorageEngine.Builder builder() {
        JacksonSerializer serializer = JacksonSerializer.defaultSerializer();
        PersistenceExceptionResolver noDuplicates = exception -> false;
        return JdbcEventStorageEngine.builder().snapshotSerializer(serializer).eventSerializer(serializer)
                .persistenceExceptionResolver(noDuplicates).connectionProvider(database.dataSource()::getConnection)
                .transactionManager(NoTransactionManager.instance()).schema(new EventSchema());
    }
}
