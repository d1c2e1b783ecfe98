package de.consortium.api.observability;

import com.jayway.jsonpath.DocumentContext;
import com.jayway.jsonpath.JsonPath;
import de.consortium.api.ApiTest;
import de.consortium.api.CutRequests;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.info.BuildProperties;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Health of event store and processors, Axon's dimensional metrics and the programme's money as metrics. */
class ObservabilityTest extends ApiTest {

    @Autowired
    private BusinessMetrics businessMetrics;
    @Autowired
    private BuildProperties build;

    @Test
    void healthCoversTheEventStoreAndTheProcessors() {
        String health = http.as(null).get("/actuator/health").getBody();
        assertThat(JsonPath.parse(health).read("$.components.eventStore.status", String.class)).isEqualTo("UP");
        assertThat(JsonPath.parse(health).read("$.components.eventProcessors.status", String.class)).isEqualTo("UP");
    }

    @Test
    void prometheusShowsCommandTimesProcessorLatencyAndCapacityAndTheMoneyPerPartner() {
        CutRequests.munichFunded(http, "SC20-OBS");
        http.as("lhm").command("/api/projects/SC20-OBS/partners/LHM/request-disbursement",
                CutRequests.MUNICH_FIRST_REQUEST);
        // the gauges read the budget and the disbursements read models: wait for both
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            assertThat(http.read("/api/projects/SC20-OBS/disbursements").read("$.disbursements[*].status",
                    List.class)).hasSize(1);
            assertThat(http.read("/api/projects/SC20-OBS/budget").read("$.drawdown.requested", Double.class))
                    .isEqualTo(260000.0);
        });
        businessMetrics.refresh();

        String metrics = http.as("monitoring").get("/actuator/prometheus").getBody();
        assertThat(metrics).contains("commandBus_allTimer_seconds_count{", "payloadType=\"RequestDisbursement\"",
                "eventProcessor_latency{", "eventProcessor_capacity{", "processorName=\"budget\"");
        assertThat(metrics).contains("consortium_grant_euros{application=\"consortium\",kind=\"granted\","
                + "partner=\"LHM\",project=\"SC20-OBS\"} 6355500.0");
        assertThat(metrics).contains("consortium_grant_euros{application=\"consortium\",kind=\"requested\","
                + "partner=\"LHM\",project=\"SC20-OBS\"} 260000.0");
        assertThat(metrics).contains("consortium_disbursements_open{application=\"consortium\",partner=\"LHM\","
                + "project=\"SC20-OBS\"} 1.0");
        assertThat(metrics).doesNotContain("messageId", "eventIdentifier");
    }

    /** Metrics carry money per partner: operators and monitoring read them, no one else; probes stay open. */
    @Test
    void metricsAndHealthDetailsAreForOperatorsAndMonitoringOnly() {
        assertThat(http.as(null).get("/actuator/prometheus").getStatusCode().value()).isEqualTo(401);
        assertThat(http.as("lhm").get("/actuator/prometheus").getStatusCode().value()).isEqualTo(403);
        assertThat(http.as("auditor").get("/actuator/metrics").getStatusCode().value()).isEqualTo(403);
        assertThat(http.as("operator").get("/actuator/prometheus").getStatusCode().value()).isEqualTo(200);
        assertThat(http.as("monitoring").get("/actuator/metrics/consortium.grant.euros").getStatusCode().value())
                .isEqualTo(200);
        assertThat(http.as(null).get("/actuator/health/readiness").getStatusCode().value()).isEqualTo(200);
        assertThat(http.as(null).get("/actuator/health").getBody()).doesNotContain("\"details\"");
        assertThat(http.as("auditor").get("/actuator/health").getBody()).doesNotContain("\"details\"");
        assertThat(http.as("operator").get("/actuator/health").getBody()).contains("\"details\"");
    }

    /** Which build runs: its version and the commit it was built from. */
    @Test
    void infoNamesTheBuildAndItsCommit() {
        DocumentContext info = JsonPath.parse(http.as(null).get("/actuator/info").getBody());
        assertThat(info.read("$.build.version", String.class)).isEqualTo(build.getVersion());
        assertThat(info.read("$.build.artifact", String.class)).isEqualTo("consortium-api");
        assertThat(info.read("$.git.commit.id", String.class)).matches("[0-9a-f]{7,40}");
    }
}
