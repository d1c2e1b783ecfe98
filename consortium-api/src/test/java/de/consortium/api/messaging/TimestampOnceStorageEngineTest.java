package de.consortium.api.messaging;

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
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The storage engine reads the same tracking tokens and timestamps as Axon's own over a history with gaps, before
 * and after the gap timeout.
 */
class TimestampOnceStorageEngineTest {

    private DriverManagerDataSource database;
    private JdbcTemplate jdbc;

    @BeforeEach
    void setUp() {
        database = new DriverManagerDataSource("jdbc:h2:mem:engine-" + UUID.randomUUID()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1");
        Flyway.configure().dataSource(database).locations("classpath:db/migration/axon",
                "classpath:db/migration/readmodels").load().migrate();
        jdbc = new JdbcTemplate(database);
    }

    @AfterEach
    void tearDown() {
        jdbc.execute("SHUTDOWN");
    }

    @Test
    void readsTheTokensAndTimestampsAxonsEngineReads() {
        Instant now = GenericEventMessage.clock.instant();
        insertAt(1, "2020-01-01T00:00:00Z");
        insertAt(3, "2020-01-01T00:00:00.5Z");
        // gaps before events of the last minute may still fill; before older ones they may not
        insertAt(6, now.minusSeconds(5).toString());
        insertAt(9, "2021-06-30T12:30:15.123456Z");
        insertAt(10, now.toString());
        insertAt(14, now.minusMillis(1).toString());

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
                .persistenceExceptionResolver(noDuplicates).connectionProvider(database::getConnection)
                .transactionManager(NoTransactionManager.instance()).schema(new EventSchema());
    }

    private void insertAt(long position, String timestamp) {
        String id = UUID.randomUUID().toString();
        jdbc.update("INSERT INTO domainevententry (globalindex, aggregateidentifier, sequencenumber, type,"
                        + " eventidentifier, metadata, payload, payloadrevision, payloadtype, timestamp)"
                        + " VALUES (?, ?, 0, 'T', ?, ?, ?, '1', 'Named', ?)", position, id, id,
                "{}".getBytes(StandardCharsets.UTF_8), "{}".getBytes(StandardCharsets.UTF_8), timestamp);
    }
}
