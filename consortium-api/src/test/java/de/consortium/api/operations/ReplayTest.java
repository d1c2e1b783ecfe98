package de.consortium.api.operations;

import com.jayway.jsonpath.DocumentContext;
import de.consortium.api.ApiTest;
import de.consortium.api.CutRequests;
import de.consortium.api.HttpClient;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.ResponseEntity;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** An operator rebuilds a read model from the history; the rebuilt model equals the live one it replaced. */
class ReplayTest extends ApiTest {

    @Autowired
    private ReplayCoordinator coordinator;
    @Autowired
    private EventProcessingConfiguration processing;

    private static final String PROJECT = "/api/projects/SC20-REPLAY";

    @Test
    void theRebuiltReadModelEqualsTheOneBeforeWhileTheApiKeepsServing() {
        CutRequests.munichFunded(http, "SC20-REPLAY");
        http.as("lhm").command(PROJECT + "/partners/LHM/request-disbursement", CutRequests.MUNICH_FIRST_REQUEST);
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(http.read(PROJECT + "/budget")
                .read("$.drawdown.requested", Double.class)).isEqualTo(260000.0));
        String before = http.read(PROJECT + "/budget").jsonString();

        ResponseEntity<String> started = http.as("operator").post("/api/operations/replays/budget", "");
        assertThat(started.getStatusCode().value()).as(started.getBody()).isEqualTo(202);
        assertThat(http.get(PROJECT + "/budget").getStatusCode().value()).isEqualTo(200);

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            DocumentContext progress = http.as("operator").read("/api/operations/replays/budget");
            assertThat(progress.read("$.status", String.class)).isEqualTo("DONE");
            assertThat(progress.read("$.percent", Integer.class)).isEqualTo(100);
            assertThat(progress.read("$.segments[*].replaying", List.class)).containsOnly(false);
        });
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(http.read(PROJECT + "/budget").jsonString()).isEqualTo(before));
    }

    @Test
    void oneRebuildOfAReadModelAtATime() throws Exception {
        HttpClient operator = http.as("operator");
        CompletableFuture<ResponseEntity<String>> first;
        ResponseEntity<String> second;
        // holding the coordinator, no tick can carry the first rebuild to its end before the second is asked for
        synchronized (coordinator) {
            first = CompletableFuture.supplyAsync(() -> operator.post("/api/operations/replays/disbursements", ""));
            await().atMost(Duration.ofSeconds(10)).until(() -> jdbc.queryForList("SELECT status FROM processor_replay"
                    + " WHERE processor_name = 'disbursements'", String.class).contains("REQUESTED"));
            second = operator.post("/api/operations/replays/disbursements", "");
        }
        assertThat(second.getStatusCode().value()).isEqualTo(409);
        assertThat(second.getBody()).contains("one-replay-at-a-time");
        assertThat(first.get(30, TimeUnit.SECONDS).getStatusCode().value()).isEqualTo(202);
        awaitRebuilt(operator, "disbursements");
        assertThat(operator.post("/api/operations/replays/disbursements", "").getStatusCode().value())
                .as("a finished rebuild makes room for the next").isEqualTo(202);
        awaitRebuilt(operator, "disbursements");
    }

    private static void awaitRebuilt(HttpClient operator, String processor) {
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(operator
                .read("/api/operations/replays/" + processor).read("$.status", String.class)).isEqualTo("DONE"));
    }

    @Test
    void onlyOperatorsRebuildAndOnlyReadModels() {
        assertThat(http.as("lhm").post("/api/operations/replays/budget", "").getStatusCode().value()).isEqualTo(403);
        assertThat(http.as("operator").post("/api/operations/replays/audit-chain", "").getStatusCode().value())
                .isEqualTo(404);
        assertThat(http.as("operator").get("/api/operations/replays/nonsense").getStatusCode().value())
                .isEqualTo(404);
    }

    @Test
    void aRebuildThatHasNotResetYetCanBeCancelledAndTheReadModelGoesOnWhereItWas() {
        HttpClient operator = http.as("operator");
        synchronized (coordinator) {
            // a request stored, but no tick has stopped the processor or reset anything yet
            jdbc.update("INSERT INTO processor_replay (processor_name, status, requested_by, requested_at)"
                    + " VALUES ('resolutions', 'REQUESTED', 'operator', CURRENT_TIMESTAMP)");
            assertThat(operator.delete("/api/operations/replays/resolutions").getStatusCode().value()).isEqualTo(204);
        }
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM processor_replay WHERE processor_name = 'resolutions'",
                Integer.class)).isZero();
        assertThat(operator.delete("/api/operations/replays/resolutions").getStatusCode().value()).isEqualTo(404);
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(http.as("operator").get("/actuator/health/readModels")
                .getStatusCode().value()).isEqualTo(200));
    }

    @Test
    void aRebuildThatHasResetCannotBeCancelledButCanBeRestarted() {
        CutRequests.munichFunded(http, "SC20-RESTART");
        HttpClient operator = http.as("operator");
        synchronized (coordinator) {
            jdbc.update("INSERT INTO processor_replay (processor_name, status, requested_by, requested_at, reset_by)"
                    + " VALUES ('project-status', 'REPLAYING', 'operator', CURRENT_TIMESTAMP, 'some-node')");
            ResponseEntity<String> cancel = operator.delete("/api/operations/replays/project-status");
            assertThat(cancel.getStatusCode().value()).isEqualTo(409);
            assertThat(cancel.getBody()).contains("rebuild-cancelled-before-reset");
        }
        ResponseEntity<String> restarted = operator.post("/api/operations/replays/project-status/restart", "");
        assertThat(restarted.getStatusCode().value()).as(restarted.getBody()).isEqualTo(202);
        awaitRebuilt(operator, "project-status");
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(http.read("/api/projects/SC20-RESTART")
                .read("$.partners[?(@.partnerCode == 'LHM')].stage", List.class)).containsExactly("FUNDED"));
        assertThat(operator.post("/api/operations/replays/project-status/restart", "").getStatusCode().value())
                .as("a finished rebuild is not restarted").isEqualTo(404);
    }

    @Test
    void healthNamesAReadModelWhoseRebuildIsStuckOrWhoseProcessorIsStopped() {
        synchronized (coordinator) {
            jdbc.update("DELETE FROM processor_replay WHERE processor_name = 'budget'");
            jdbc.update("INSERT INTO processor_replay (processor_name, status, requested_by, requested_at)"
                    + " VALUES ('budget', 'REQUESTED', 'operator', ?)", OffsetDateTime.now().minusHours(1));
            try {
                ResponseEntity<String> health = http.as("operator").get("/actuator/health/readModels");
                assertThat(health.getStatusCode().value()).as(health.getBody()).isEqualTo(503);
                assertThat(health.getBody()).contains("\"budget\"").contains("its rebuild has waited longer than");
            } finally {
                jdbc.update("DELETE FROM processor_replay WHERE processor_name = 'budget'");
            }
        }
        processing.eventProcessor("disbursements", StreamingEventProcessor.class).orElseThrow().shutDown();
        try {
            ResponseEntity<String> health = http.as("operator").get("/actuator/health/readModels");
            assertThat(health.getStatusCode().value()).isEqualTo(503);
            assertThat(health.getBody()).contains("its event processor is stopped");
        } finally {
            processing.eventProcessor("disbursements", StreamingEventProcessor.class).orElseThrow().start();
        }
        assertThat(http.as("operator").get("/actuator/health/readModels").getStatusCode().value()).isEqualTo(200);
    }
}
