package de.consortium.api.audit;

import de.consortium.api.MigratedDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.LockSupport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The hash chain over a JDBC event table written by many concurrent appends that commit out of order, some of
 * them rolling back: every stored event is linked exactly once, in the order of the history, and verification finds
 * the history intact.
 */
class HashChainTest {

    @RegisterExtension
    final MigratedDatabase database = new MigratedDatabase("chain");

    private JdbcTemplate jdbc;
    private TransactionTemplate transactions;
    private HashChain chain;
    private ChainVerifier verifier;

    @BeforeEach
    void setUp() {
        jdbc = database.jdbc();
        DataSourceTransactionManager transactionManager = new DataSourceTransactionManager(database.dataSource());
        transactions = new TransactionTemplate(transactionManager);
        JdbcStoredEvents stored = new JdbcStoredEvents(jdbc);
        ChainStore store = new ChainStore(jdbc);
        chain = new HashChain(stored, store, new ChainProperties(null, Duration.ofMillis(300)), transactionManager);
        verifier = new ChainVerifier(stored, store);
    }

    @Test
    void aPositionWhoseAppendHasNotCommittedIsWaitedForAndThenLinkedInItsPlace() {
        long first = eventsAroundAnEmptyPosition();
        long held = first + 1;
        long third = first + 2;
        chain.linkStoredEvents();
        assertThat(linkedPositions()).containsExactly(first);

        insertAt(held, "b");
        chain.linkStoredEvents();

        assertThat(linkedPositions()).containsExactly(first, held, third);
        assertIntactWithEverythingLinked(3);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_chain_gap", Integer.class))
                .as("a gap filled and linked is not looked at again").isZero();
    }

    @Test
    void aGapThatNeverFillsIsPassedAfterTheGapTimeoutAndALateAppendIsStillLinked() {
        long first = eventsAroundAnEmptyPosition();
        long empty = first + 1;
        long third = first + 2;
        chain.linkStoredEvents();
        jdbc.update("UPDATE audit_chain_gap SET seen_at = seen_at - INTERVAL '1' SECOND");
        chain.linkStoredEvents();
        assertThat(linkedPositions()).containsExactly(first, third);
        assertIntactWithEverythingLinked(2);

        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_chain_gap", Integer.class))
                .as("a gap passed over is remembered").isOne();

        insertAt(empty, "late");
        assertThat(verifier.verify().unlinkedEvents()).isEqualTo(1);
        chain.linkStoredEvents();
        assertThat(linkedPositions()).containsExactly(first, third, empty);
        assertIntactWithEverythingLinked(3);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_chain_gap", Integer.class)).isZero();
    }

    @Test
    void anEventThatAppearsInAGapLongForgottenIsReportedAsSlippedIn() {
        long empty = eventsAroundAnEmptyPosition() + 1;
        chain.linkStoredEvents();
        jdbc.update("UPDATE audit_chain_gap SET seen_at = seen_at - INTERVAL '2' HOUR");
        chain.linkStoredEvents();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_chain_gap", Integer.class)).isZero();

        insertAt(empty, "forged");
        ChainVerification verification = verifier.verify();
        assertThat(verification.intact()).isFalse();
        assertThat(verification.firstBrokenPosition()).isEqualTo(empty);
        assertThat(verification.finding()).isEqualTo("an event that the chain does not know stands here");
    }

    @Test
    void manyConcurrentAppendsThatCommitOutOfOrderOrRollBackAreEachLinkedOnceInTheHistorysOrder() throws Exception {
        AtomicBoolean appending = new AtomicBoolean(true);
        CompletableFuture<Void> linker = CompletableFuture.runAsync(() -> {
            while (appending.get()) {
                chain.linkStoredEvents();
            }
        });
        ExecutorService writers = Executors.newFixedThreadPool(16);
        List<CompletableFuture<Void>> appends = new ArrayList<>();
        for (int i = 0; i < 1200; i++) {
            int n = i;
            appends.add(CompletableFuture.runAsync(() -> transactions.executeWithoutResult(status -> {
                insertAt(null, "event-" + n);
                // a short random pause, so that concurrent appends commit in another order than they took positions
                LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(ThreadLocalRandom.current().nextInt(20)));
                if (n % 10 == 0) {
                    status.setRollbackOnly();
                }
            }), writers));
        }
        appends.forEach(CompletableFuture::join);
        writers.shutdown();
        LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(400));
        chain.linkStoredEvents();
        appending.set(false);
        linker.join();
        chain.linkStoredEvents();

        assertThat(linkedPositions()).hasSize(1080).isSorted();
        assertIntactWithEverythingLinked(1080);
    }

    private void assertIntactWithEverythingLinked(long events) {
        ChainVerification verification = verifier.verify();
        assertThat(verification.intact()).as(verification.toString()).isTrue();
        assertThat(verification.unlinkedEvents()).isZero();
        assertThat(verification.eventsVerified()).isEqualTo(events);
        assertThat(verification.chainLength()).isEqualTo(events);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM domainevententry", Long.class)).isEqualTo(events);
    }

    /** The linked positions in the order the chain linked them. */
    private List<Long> linkedPositions() {
        return jdbc.queryForList("SELECT position FROM event_hash ORDER BY chain_index", Long.class);
    }

    /** An event, an empty position after it (an append not committed yet) and an event after that: the first. */
    private long eventsAroundAnEmptyPosition() {
        long first = append("a");
        insertAt(first + 2, "c");
        return first;
    }

    private long append(String name) {
        insertAt(null, name);
        return jdbc.queryForObject("SELECT MAX(globalindex) FROM domainevententry", Long.class);
    }

    private void insertAt(Long position, String name) {
        String id = UUID.randomUUID().toString();
        byte[] payload = ("{\"name\":\"" + name + "\"}").getBytes(StandardCharsets.UTF_8);
        if (position == null) {
            jdbc.update("INSERT INTO domainevententry (aggregateidentifier, sequencenumber, type, eventidentifier,"
                    + " metadata, payload, payloadrevision, payloadtype, timestamp) VALUES (?, 0, 'T', ?, ?, ?,"
                    + " '1', 'Named', '2026-11-29T12:00:00Z')", id, id, "{}".getBytes(StandardCharsets.UTF_8), payload);
        } else {
            jdbc.update("INSERT INTO domainevententry (globalindex, aggregateidentifier, sequencenumber, type,"
                    + " eventidentifier, metadata, payload, payloadrevision, payloadtype, timestamp) VALUES (?, ?, 0,"
                    + " 'T', ?, ?, ?, '1', 'Named', '2026-11-29T12:00:00Z')", position, id, id,
                    "{}".getBytes(StandardCharsets.UTF_8), payload);
        }
    }
}
