package de.consortium.projections.support;

import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.GenericTrackedEventMessage;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.ReplayToken;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.messaging.ResultMessage;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

class ReadModelWritesTest {

    private JdbcTemplate jdbc;
    private ReadModelWrites writes;

    @BeforeEach
    void setUp() {
        jdbc = ReadModelDatabase.create();
        jdbc.execute("CREATE TABLE trail (id INT PRIMARY KEY, step INT NOT NULL)");
        writes = new ReadModelWrites(jdbc);
    }

    private static TrackedEventMessage<?> event(TrackingToken token) {
        return new GenericTrackedEventMessage<>(token, GenericEventMessage.asEventMessage("event"));
    }

    private static List<TrackedEventMessage<?>> replayed(int count) {
        TrackingToken replaying = ReplayToken.createReplayToken(new GlobalSequenceTrackingToken(1000), null);
        List<TrackedEventMessage<?>> events = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            events.add(event(replaying));
        }
        return events;
    }

    private int rows() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM trail", Integer.class);
    }

    /** Each event inserts its row and then moves every row on; the order of the statements decides the result. */
    private void applyInBatch(List<TrackedEventMessage<?>> events, List<Integer> rowsSeenByHandlers) {
        AtomicInteger next = new AtomicInteger();
        BatchingUnitOfWork<TrackedEventMessage<?>> batch = new BatchingUnitOfWork<>(events);
        batch.executeWithResult(() -> {
            writes.update("INSERT INTO trail (id, step) VALUES (?, ?)", next.incrementAndGet(), 0);
            writes.update("UPDATE trail SET step = step + 1");
            rowsSeenByHandlers.add(rows());
            return null;
        });
    }

    @Test
    void whileReplayingTheStatementsOfABatchRunAtItsCommitInTheirOrder() {
        List<Integer> seen = new ArrayList<>();

        applyInBatch(replayed(3), seen);

        assertThat(seen).containsExactly(0, 0, 0);
        assertThat(jdbc.queryForList("SELECT step FROM trail ORDER BY id", Integer.class)).containsExactly(3, 2, 1);
    }

    @Test
    void liveEventsWriteAtOnce() {
        List<Integer> seen = new ArrayList<>();
        TrackingToken live = new GlobalSequenceTrackingToken(5);

        applyInBatch(List.of(event(live), event(live)), seen);

        assertThat(seen).containsExactly(1, 2);
        assertThat(jdbc.queryForList("SELECT step FROM trail ORDER BY id", Integer.class)).containsExactly(2, 1);
    }

    @Test
    void liveEventsInTheBatchThatEndsAReplayQueueBehindTheReplayedOnes() {
        List<Integer> seen = new ArrayList<>();
        List<TrackedEventMessage<?>> batch = new ArrayList<>(replayed(2));
        batch.add(event(new GlobalSequenceTrackingToken(1001)));

        applyInBatch(batch, seen);

        assertThat(seen).containsExactly(0, 0, 0);
        assertThat(jdbc.queryForList("SELECT step FROM trail ORDER BY id", Integer.class)).containsExactly(3, 2, 1);
    }

    @Test
    void outsideAnEventBatchAWriteRunsAtOnce() {
        writes.update("INSERT INTO trail (id, step) VALUES (?, ?)", 1, 0);

        assertThat(rows()).isEqualTo(1);
    }

    @Test
    void aStatementThatFailsAtTheCommitFailsTheBatch() {
        BatchingUnitOfWork<TrackedEventMessage<?>> batch = new BatchingUnitOfWork<>(replayed(2));

        ResultMessage<?> result = batch.executeWithResult(() -> {
            writes.update("INSERT INTO trail (id, step) VALUES (?, ?)", 1, 0);
            return null;
        });

        assertThat(result.isExceptional()).isTrue();
        assertThat(result.exceptionResult()).hasMessageContaining("trail");
    }
}
