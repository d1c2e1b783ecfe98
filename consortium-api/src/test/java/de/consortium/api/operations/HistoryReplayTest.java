package de.consortium.api.operations;

import de.consortium.api.ApiTest;
import de.consortium.api.CutRequests;
import de.consortium.api.processing.StoredTokens;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.JdbcTokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.TokenSchema;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.serialization.Serializer;
import org.axonframework.springboot.TokenStoreProperties;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Duration;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The node that resets a read model replays the history into it itself: with the read model's processor stopped,
 * only the replay can rebuild it. It stores the tokens where the history stood at the reset and lets go of the
 * segments, for the processors to go on from there.
 */
class HistoryReplayTest extends ApiTest {

    private static final String BUDGET = "/api/projects/SC20-HISTORY/budget";
    private static final String ORPHAN = "/api/projects/SC20-ORPHAN/budget";

    @Autowired
    private HistoryReplay history;
    @Autowired
    private EventProcessingConfiguration processing;
    @Autowired
    private StoredTokens tokens;
    @Autowired
    private EventStore eventStore;
    @Autowired
    private PlatformTransactionManager transactionManager;
    @Autowired
    private ConnectionProvider connections;
    @Autowired
    private TokenStore tokenStore;
    @Autowired
    private Serializer serializer;
    @Autowired
    private TokenStoreProperties tokenStoreProperties;

    @Test
    void aReplayIntoAReadModelWhoseProcessorIsStoppedRebuildsItAndHandsItsSegmentsBack() {
        CutRequests.munichFunded(http, "SC20-HISTORY");
        http.as("lhm").command("/api/projects/SC20-HISTORY/partners/LHM/request-disbursement",
                CutRequests.MUNICH_FIRST_REQUEST);
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(http.read(BUDGET)
                .read("$.drawdown.requested", Double.class)).isEqualTo(260000.0));
        String before = http.read(BUDGET).jsonString();
        long head = eventStore.createHeadToken().position().orElseThrow();
        // segments at one position advance as one in the replay
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(tokens.of("budget"))
                .allSatisfy(token -> assertThat(token.position()).isEqualTo(head)));
        StreamingEventProcessor budget = budget();
        budget.shutDown();
        try {
            Boolean claimed = new TransactionTemplate(transactionManager).execute(status -> {
                budget.resetTokens();
                return history.claimFreshlyReset("budget");
            });
            assertThat(claimed).isTrue();
            assertThat(tokens.of("budget")).as("claimed at the reset").allSatisfy(token ->
                    assertThat(token.owner()).isNotNull());

            history.replay(Set.of("budget"));

            assertThat(http.read(BUDGET).jsonString()).isEqualTo(before);
            assertThat(tokens.of("budget")).isNotEmpty().allSatisfy(token -> {
                assertThat(token.position()).isEqualTo(head);
                assertThat(token.owner()).as("let go").isNull();
            });
        } finally {
            budget.start();
        }
    }

    /** The node that reset the read model dies before it replays: the processors rebuild it once its claims run out. */
    @Test
    void aReadModelWhoseReplayingNodeDiedIsRebuiltByTheProcessorsOnceItsClaimsRunOut() {
        CutRequests.munichFunded(http, "SC20-ORPHAN");
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(http.read(ORPHAN)
                .read("$.drawdown.granted", Double.class)).isEqualTo(6355500.0));
        String before = http.read(ORPHAN).jsonString();
        TokenStore deadNode = JdbcTokenStore.builder().connectionProvider(connections).serializer(serializer)
                .schema(TokenSchema.builder().build()).claimTimeout(tokenStoreProperties.getClaimTimeout())
                .nodeId("dead-node").build();
        StreamingEventProcessor budget = budget();
        budget.shutDown();
        try {
            new TransactionTemplate(transactionManager).executeWithoutResult(status -> {
                budget.resetTokens();
                // as the resetting node would: the reset leaves the segments claimed, here by the dead node
                for (int segment : deadNode.fetchSegments("budget")) {
                    tokenStore.releaseClaim("budget", segment);
                    deadNode.fetchToken("budget", segment);
                }
            });
        } finally {
            budget.start();
        }
        assertThat(tokens.of("budget")).allSatisfy(token -> assertThat(token.owner()).isEqualTo("dead-node"));
        await().atMost(tokenStoreProperties.getClaimTimeout().plusSeconds(20)).untilAsserted(() ->
                assertThat(http.read(ORPHAN).jsonString()).isEqualTo(before));
    }

    @Test
    void aReadModelThatWasNotJustResetIsLeftToItsProcessor() {
        StreamingEventProcessor budget = budget();
        budget.shutDown();
        try {
            Boolean claimed = new TransactionTemplate(transactionManager).execute(status ->
                    history.claimFreshlyReset("budget"));
            assertThat(claimed).isFalse();
            assertThat(tokens.of("budget")).allSatisfy(token -> assertThat(token.owner()).isNull());
        } finally {
            budget.start();
        }
    }

    private StreamingEventProcessor budget() {
        return processing.eventProcessor("budget", StreamingEventProcessor.class).orElseThrow();
    }
}
