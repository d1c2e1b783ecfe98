package de.consortium.api.idempotency;

import com.fasterxml.jackson.databind.ObjectMapper;
import de.consortium.api.cluster.ClusterNodes;
import de.consortium.api.cluster.ClusterProperties;
import de.consortium.api.http.CachedBodyRequest;
import de.consortium.api.http.HttpProperties;
import de.consortium.api.messaging.CommandAttempt;
import de.consortium.api.messaging.CommandOutcome;
import de.consortium.api.security.ProblemResponses;
import jakarta.servlet.FilterChain;
import jakarta.servlet.http.HttpServletResponse;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.axonframework.messaging.MetaData;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CompletableFuture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Attempts at one Idempotency-Key request: which of them runs, which waits, which takes over, and what each may
 * still store (the API tests cover the answered cases).
 */
class IdempotencyFilterTest {

    private static final Instant NOW = Instant.parse("2026-11-29T12:00:00Z");

    private SingleConnectionDataSource database;
    private JdbcTemplate jdbc;
    private IdempotentRequests requests;
    private IdempotencyFilter filter;
    private EmbeddedEventStore eventStore;
    private final List<CommandAttempt> ran = new ArrayList<>();

    @BeforeEach
    void setUp() {
        database = new SingleConnectionDataSource("jdbc:h2:mem:;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE", true);
        // the application's migrations, both locations as it runs them
        Flyway.configure().dataSource(database).locations("classpath:db/migration/axon",
                "classpath:db/migration/readmodels").load().migrate();
        jdbc = new JdbcTemplate(database);
        Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
        ClusterProperties cluster = new ClusterProperties("this-node", Duration.ofSeconds(5));
        requests = new IdempotentRequests(jdbc, cluster, clock);
        eventStore = EmbeddedEventStore.builder().storageEngine(new InMemoryEventStorageEngine()).build();
        filter = new IdempotencyFilter(requests, new AppendedOutcomes(eventStore), new ProblemResponses(new ObjectMapper()),
                new ClusterNodes(jdbc, cluster, clock), cluster, new HttpProperties(null, null, Duration.ofSeconds(30)));
        SecurityContextHolder.getContext().setAuthentication(new TestingAuthenticationToken("lead", null));
    }

    @AfterEach
    void tearDown() {
        eventStore.shutDown();
        SecurityContextHolder.clearContext();
        database.destroy();
    }

    @Test
    void aRequestThatFailedWithAnExceptionIsReleasedAndItsRetryRunsAsTheNextAttempt() throws Exception {
        assertThatThrownBy(() -> filter.doFilter(request(), new MockHttpServletResponse(), (req, res) -> {
            ran.add(attemptOf(req));
            throw new IllegalStateException("a fault below the filter");
        })).hasMessage("a fault below the filter");

        MockHttpServletResponse retry = send(202);

        assertThat(ran).extracting(CommandAttempt::number).containsExactly(1, 2);
        assertThat(retry.getStatus()).isEqualTo(202);
        assertThat(jdbc.queryForObject("SELECT status FROM idempotent_request", Integer.class)).isEqualTo(202);
        assertThat(send(500).getHeader("Idempotent-Replayed")).isEqualTo("true");
        assertThat(ran).hasSize(2);
    }

    @Test
    void aRetryWaitsWhileTheFirstAttemptRunsOnThisNode() throws Exception {
        CountDownLatch running = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<MockHttpServletResponse> first = CompletableFuture.supplyAsync(() -> {
            SecurityContextHolder.getContext().setAuthentication(new TestingAuthenticationToken("lead", null));
            return sendWith(202, () -> {
                running.countDown();
                await(release);
            });
        });
        await(running);

        MockHttpServletResponse retry = send(202);
        release.countDown();

        assertThat(retry.getStatus()).isEqualTo(409);
        assertThat(retry.getHeader("Retry-After")).isEqualTo("1");
        assertThat(first.join().getStatus()).isEqualTo(202);
        assertThat(ran).hasSize(1);
    }

    @Test
    void aRetryWaitsForAnAttemptOnAnotherLiveNodeUntilItHasHungTooLong() throws Exception {
        heartbeat("other-node", NOW);
        stored("other-node", NOW.minusSeconds(10), null);
        assertThat(send(202).getStatus()).isEqualTo(409);

        jdbc.update("UPDATE idempotent_request SET attempt_started_at = ?", utc(NOW.minusSeconds(31)));
        assertThat(send(202).getStatus()).isEqualTo(202);
        assertThat(ran).extracting(CommandAttempt::number).containsExactly(2);
    }

    @Test
    void aRetryTakesOverAtOnceFromANodeThatIsGoneOrFromThisNodeBeforeItsRestart() throws Exception {
        heartbeat("gone-node", NOW.minusSeconds(60));
        stored("gone-node", NOW.minusSeconds(2), null);
        assertThat(send(202).getStatus()).isEqualTo(202);

        jdbc.update("DELETE FROM idempotent_request");
        stored("this-node", NOW.minusSeconds(2), null);
        assertThat(send(202).getStatus()).isEqualTo(202);
        assertThat(ran).extracting(CommandAttempt::number).containsExactly(2, 2);
    }

    @Test
    void aRetryOfAnAttemptThatStoredItsEventsCarriesItsOutcomeInsteadOfRunningAgain() throws Exception {
        for (long sequence = 0; sequence <= 7; sequence++) {
            eventStore.publish(new GenericDomainEventMessage<>("Partner", "SC20-X/LHM", sequence, "event " + sequence,
                    sequence == 7 ? MetaData.with(CommandAttempt.KEY, "key-1").and(CommandAttempt.PRINCIPAL, "lead")
                            : MetaData.emptyInstance()));
        }
        stored(null, NOW.minusSeconds(2), new CommandOutcome("SC20-X/LHM", 7L));
        send(202);
        assertThat(ran).singleElement().satisfies(attempt -> {
            assertThat(attempt.number()).isEqualTo(2);
            assertThat(attempt.appended()).isEqualTo(new CommandOutcome("SC20-X/LHM", 7L));
        });
    }

    @Test
    void anOutcomeTheEventStoreDoesNotHoldIsNotCarriedAndTheCommandRunsAgain() throws Exception {
        eventStore.publish(new GenericDomainEventMessage<>("Partner", "SC20-X/LHM", 0, "another request's event",
                MetaData.with(CommandAttempt.KEY, "key-2").and(CommandAttempt.PRINCIPAL, "lead")));
        stored(null, NOW.minusSeconds(2), new CommandOutcome("SC20-X/LHM", 0L));
        send(202);
        assertThat(ran).singleElement().satisfies(attempt -> assertThat(attempt.appended()).isNull());

        ran.clear();
        jdbc.update("DELETE FROM idempotent_request");
        stored(null, NOW.minusSeconds(2), new CommandOutcome("SC20-X/LHM", 5L));
        send(202);
        assertThat(ran).singleElement().satisfies(attempt -> assertThat(attempt.appended()).isNull());
    }

    @Test
    void anAttemptThatWasTakenOverMayStoreNothingAndAnswersNothing() throws Exception {
        CommandAttempt first = requests.begin("lead", "key-1", "hash").orElseThrow();
        requests.takeOver(requests.find("lead", "key-1").orElseThrow()).orElseThrow();

        assertThatThrownBy(() -> requests.recordAppended(first, new CommandOutcome("SC20-X/LHM", 3L)))
                .isInstanceOf(AttemptSuperseded.class);
        requests.answer(first, new IdempotentRequests.Answer(202, null, null, null));
        assertThat(requests.find("lead", "key-1").orElseThrow().answer()).isNull();
    }

    private MockHttpServletResponse send(int status) throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        filter.doFilter(request(), response, chain(status, () -> { }));
        return response;
    }

    private MockHttpServletResponse sendWith(int status, Runnable whileRunning) {
        MockHttpServletResponse response = new MockHttpServletResponse();
        try {
            filter.doFilter(request(), response, chain(status, whileRunning));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return response;
    }

    private FilterChain chain(int status, Runnable whileRunning) {
        return (req, res) -> {
            synchronized (ran) {
                ran.add(attemptOf(req));
            }
            whileRunning.run();
            ((HttpServletResponse) res).setStatus(status);
        };
    }

    private static CommandAttempt attemptOf(jakarta.servlet.ServletRequest request) {
        return (CommandAttempt) request.getAttribute(CommandAttempt.ATTRIBUTE);
    }

    private void stored(String owner, Instant startedAt, CommandOutcome appended) {
        // a first attempt stored through the filter (so with the request's hash), then shaped as the test needs
        assertThatThrownBy(() -> filter.doFilter(request(), new MockHttpServletResponse(), (req, res) -> {
            throw new IllegalStateException("the first attempt dies");
        })).hasMessage("the first attempt dies");
        jdbc.update("UPDATE idempotent_request SET owner = ?, attempt_started_at = ?, aggregate_id = ?,"
                        + " aggregate_version = ?", owner, utc(startedAt),
                appended == null ? null : appended.aggregateId(), appended == null ? null : appended.version());
    }

    private void heartbeat(String node, Instant at) {
        jdbc.update("INSERT INTO consortium_node (node_id, heartbeat_at) VALUES (?, ?)", node, utc(at));
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static CachedBodyRequest request() {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/projects");
        request.addHeader(IdempotencyFilter.HEADER, "key-1");
        return new CachedBodyRequest(request, "{}".getBytes(StandardCharsets.UTF_8));
    }
}
