package de.consortium.projections.support;

import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.GenericTrackedEventMessage;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.messaging.ResultMessage;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ReadModelWritesTest {

    private static final String SET_STEP = "UPDATE trail SET step = ? WHERE id = ?";

    /** The (id, step) of each SET_STEP statement that reaches the database. */
    private final List<List<Object>> sent = new ArrayList<>();
    /** The statement of each JDBC batch sent, in order. */
    private final List<String> batches = new ArrayList<>();
    private JdbcTemplate jdbc;
    private ReadModelWrites writes;

    @BeforeEach
    void setUp() {
        jdbc = new JdbcTemplate(ReadModelDatabase.create().getDataSource()) {
            @Override
            public int update(String sql, Object... arguments) {
                record(sql, arguments);
                return super.update(sql, arguments);
            }

            @Override
            public int[] batchUpdate(String sql, List<Object[]> arguments) {
                batches.add(sql);
                arguments.forEach(statement -> record(sql, statement));
                return super.batchUpdate(sql, arguments);
            }
        };
        jdbc.execute("CREATE TABLE trail (id INT PRIMARY KEY, step INT NOT NULL)");
        jdbc.execute("CREATE TABLE mark (id INT PRIMARY KEY, first_by VARCHAR(10), last_step INT)");
        writes = new ReadModelWrites(jdbc);
    }

    private static TrackedEventMessage<?> event(TrackingToken token) {
        return new GenericTrackedEventMessage<>(token, GenericEventMessage.asEventMessage("event"));
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

        applyInBatch(ReplayedBatch.events(3), seen);

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
        List<TrackedEventMessage<?>> batch = new ArrayList<>(ReplayedBatch.events(2));
        batch.add(event(new GlobalSequenceTrackingToken(1001)));

        applyInBatch(batch, seen);

        assertThat(seen).containsExactly(0, 0, 0);
        assertThat(jdbc.queryForList("SELECT step FROM trail ORDER BY id", Integer.class)).containsExactly(3, 2, 1);
    }

    @Test
    void whileReplayingALaterReplacementOfAPartInTheBatchTakesThePlaceOfTheEarlierOnes() {
        writes.update("INSERT INTO trail (id, step) VALUES (?, ?)", 1, 0);
        writes.update("INSERT INTO trail (id, step) VALUES (?, ?)", 2, 0);

        ReplayedBatch.of(() -> setStep(1, 10), () -> setStep(2, 20), () -> setStep(1, 11), () -> setStep(1, 12));

        assertThat(jdbc.queryForList("SELECT step FROM trail ORDER BY id", Integer.class)).containsExactly(12, 20);
        assertThat(sent).containsExactly(List.of(2, 20), List.of(1, 12));
    }

    @Test
    void plainWritesBetweenReplacementsKeepTheirPlace() {
        ReplayedBatch.of(() -> setStep(1, 10),
                () -> writes.update("INSERT INTO trail (id, step) VALUES (?, ?)", 1, 0),
                () -> setStep(1, 11),
                () -> writes.update("UPDATE trail SET step = step + 1"));

        assertThat(jdbc.queryForList("SELECT step FROM trail ORDER BY id", Integer.class)).containsExactly(12);
    }

    @Test
    void liveReplacementsWriteAtOnce() {
        writes.update("INSERT INTO trail (id, step) VALUES (?, ?)", 1, 0);

        setStep(1, 10);
        setStep(1, 11);

        assertThat(sent).containsExactly(List.of(1, 10), List.of(1, 11));
    }

    private void setStep(int id, int step) {
        writes.set(SET_STEP, List.of(id), step, id);
    }

    private void record(String sql, Object[] arguments) {
        if (sql.equals(SET_STEP)) {
            sent.add(List.of(arguments[1], arguments[0]));
        }
    }

    private static final String INSERT_STEP = "INSERT INTO trail (id, step) VALUES (?, ?)";
    private static final String INSERT_MARK = "INSERT INTO mark (id) VALUES (?)";
    private static final String DELETE_MARK = "DELETE FROM mark WHERE id = ?";

    @Test
    void whileReplayingEachTablesStatementsAreSentTogetherInTheirOrder() {
        ReplayedBatch.of(() -> writes.update(INSERT_STEP, 1, 0), () -> writes.update(INSERT_MARK, 1),
                () -> writes.update(INSERT_STEP, 2, 0), () -> writes.update(DELETE_MARK, 1),
                () -> writes.update(INSERT_STEP, 3, 0), () -> writes.update(INSERT_MARK, 1));

        assertThat(batches).containsExactly(INSERT_STEP, INSERT_MARK, DELETE_MARK, INSERT_MARK);
        assertThat(jdbc.queryForList("SELECT id FROM trail ORDER BY id", Integer.class)).containsExactly(1, 2, 3);
        assertThat(jdbc.queryForList("SELECT id FROM mark", Integer.class)).containsExactly(1);
    }

    @Test
    void aStatementThatNamesNoTableItWritesFirstIsRefused() {
        assertThatThrownBy(() -> writes.update("WITH s AS (SELECT 1) UPDATE trail SET step = 1"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("WITH s AS");
        assertThatThrownBy(() -> writes.combine("SELECT 1", List.of(1), (earlier, later) -> later))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> writes.replace("part", statements -> statements.update("TRUNCATE TABLE trail")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static final String MARK = "UPDATE mark SET first_by = COALESCE(first_by, ?), last_step = ? WHERE id = ?";

    private void mark(int id, String by, int step) {
        writes.combine(MARK, List.of(id), (earlier, later) -> new Object[]{earlier[0] != null ? earlier[0] : later[0],
                later[1], later[2]}, by, step, id);
    }

    @Test
    void whileReplayingALaterCombinationOnARowTakesTheEarliersPlaceWithTheArgumentsCombined() {
        writes.update(INSERT_MARK, 1);
        writes.update(INSERT_MARK, 2);
        List<Object[]> marks = new ArrayList<>();
        jdbc = new JdbcTemplate(jdbc.getDataSource()) {
            @Override
            public int[] batchUpdate(String sql, List<Object[]> arguments) {
                marks.addAll(arguments);
                return super.batchUpdate(sql, arguments);
            }
        };
        writes = new ReadModelWrites(jdbc);

        ReplayedBatch.of(() -> mark(1, null, 1), () -> mark(2, "b", 2), () -> mark(1, "a", 3), () -> mark(1, "c", 4),
                () -> mark(2, null, 5));

        assertThat(marks).containsExactly(new Object[]{"a", 4, 1}, new Object[]{"b", 5, 2});
        assertThat(jdbc.queryForList("SELECT first_by, last_step FROM mark ORDER BY id")).extracting(Map::values)
                .map(List::copyOf).containsExactly(List.of("a", 4), List.of("b", 5));
    }

    @Test
    void liveCombinationsWriteAtOnce() {
        writes.update(INSERT_MARK, 1);

        mark(1, "a", 1);
        assertThat(jdbc.queryForMap("SELECT first_by, last_step FROM mark").values()).containsExactly("a", 1);
        mark(1, "b", 2);
        assertThat(jdbc.queryForMap("SELECT first_by, last_step FROM mark").values()).containsExactly("a", 2);
    }

    @Test
    void outsideAnEventBatchAWriteRunsAtOnce() {
        writes.update("INSERT INTO trail (id, step) VALUES (?, ?)", 1, 0);

        assertThat(rows()).isEqualTo(1);
    }

    @Test
    void aStatementThatFailsAtTheCommitFailsTheBatch() {
        BatchingUnitOfWork<TrackedEventMessage<?>> batch = new BatchingUnitOfWork<>(ReplayedBatch.events(2));

        ResultMessage<?> result = batch.executeWithResult(() -> {
            writes.update("INSERT INTO trail (id, step) VALUES (?, ?)", 1, 0);
            return null;
        });

        assertThat(result.isExceptional()).isTrue();
        assertThat(result.exceptionResult()).hasMessageContaining("trail");
    }
}
