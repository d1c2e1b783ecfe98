package de.consortium.api.containers;

import com.jayway.jsonpath.DocumentContext;
import de.consortium.api.ConcurrentWriters;
import de.consortium.api.ConsortiumApplication;
import de.consortium.api.CutRequests;
import de.consortium.api.HttpClient;
import de.consortium.api.live.UpdateStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.web.client.RestTemplateBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.testcontainers.containers.PostgreSQLContainer;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Two server instances on one PostgreSQL database, commands for the same partner sent to both at once: no
 * acknowledged command is lost, the rules hold, the instances split the processors' segments, and both answer
 * with identical read models. Many writers for different partners on both at once: every acknowledged command
 * reaches the read models without a restart.
 */
@ContainerEngine
class TwoNodesTest {

    private static final String PROJECT = "SC20-TWO";
    private static final String LHM = "/api/projects/" + PROJECT + "/partners/LHM";
    private static final String MUNICH = PROJECT + "/LHM";

    private static PostgreSQLContainer<?> postgres;
    private static ConfigurableApplicationContext nodeA;
    private static ConfigurableApplicationContext nodeB;
    private static HttpClient a;
    private static HttpClient b;
    private static JdbcTemplate jdbc;

    @BeforeAll
    static void startTwoNodes() {
        postgres = Images.postgres();
        postgres.start();
        nodeA = start("node-a");
        nodeB = start("node-b");
        a = client(nodeA).as("lhm");
        b = client(nodeB).as("lhm");
        jdbc = nodeA.getBean(JdbcTemplate.class);
        CutRequests.munichFunded(a, PROJECT);
    }

    @AfterAll
    static void stop() {
        for (ConfigurableApplicationContext node : new ConfigurableApplicationContext[]{nodeA, nodeB}) {
            if (node != null) {
                node.close();
            }
        }
        if (postgres != null) {
            postgres.stop();
        }
    }

    private static ConfigurableApplicationContext start(String nodeId) {
        return new SpringApplicationBuilder(ConsortiumApplication.class).run(
                "--spring.profiles.active=postgres", "--server.port=0",
                "--spring.datasource.url=" + postgres.getJdbcUrl(),
                "--spring.datasource.username=" + postgres.getUsername(),
                "--spring.datasource.password=" + postgres.getPassword(),
                "--consortium.cluster.node-id=" + nodeId, "--consortium.cluster.balance-interval=1s",
                "--consortium.security.mode=basic");
    }

    private static HttpClient client(ConfigurableApplicationContext node) {
        String port = node.getEnvironment().getProperty("local.server.port");
        return new HttpClient(new TestRestTemplate(new RestTemplateBuilder().rootUri("http://localhost:" + port)));
    }

    @Test
    void racingCommandsForOnePartnerLoseNothingAndBreakNoRule() {
        ExecutorService clients = Executors.newFixedThreadPool(8);
        try {
            // 40 resolutions of one partner, half to each node, at once: every acknowledged one is stored, once
            List<CompletableFuture<Integer>> resolutions = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                HttpClient node = i % 2 == 0 ? a : b;
                String body = CutRequests.MUNICH_RESOLUTION.replace("14-20 / V 18416", "RACE-" + i);
                resolutions.add(CompletableFuture.supplyAsync(
                        () -> node.post(LHM + "/pass-council-resolution", body).getStatusCode().value(), clients));
            }
            List<Integer> statuses = resolutions.stream().map(CompletableFuture::join).toList();
            assertThat(statuses).allMatch(status -> status == 202 || status == 409);
            assertThat(storedEvents("CouncilResolutionPassed", "RACE-"))
                    .isEqualTo(statuses.stream().filter(status -> status == 202).count());

            // two requests for the same half-year, one to each node: the six-month rhythm lets exactly one in
            for (int halfYear = 0; halfYear < 6; halfYear++) {
                LocalDate start = LocalDate.of(2021, 1, 1).plusMonths(6L * halfYear);
                CompletableFuture<Integer> toA = request(clients, a, "HY" + halfYear + "-A", start);
                CompletableFuture<Integer> toB = request(clients, b, "HY" + halfYear + "-B", start);
                assertThat(List.of(toA.join(), toB.join())).containsExactlyInAnyOrder(201, 409);
                assertThat(storedEvents("DisbursementRequested", "\"HY" + halfYear + "-")).isEqualTo(1);
            }
        } finally {
            clients.shutdown();
        }

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            assertThat(jdbc.queryForList("SELECT processorname FROM tokenentry GROUP BY processorname"
                    + " HAVING COUNT(DISTINCT owner) = 2", String.class))
                    .containsExactlyInAnyOrder("project-status", "budget", "resolutions", "disbursements",
                            "documents");
            for (String readModel : List.of("", "/budget", "/resolutions", "/disbursements", "/documents")) {
                String path = "/api/projects/" + PROJECT + readModel;
                assertThat(b.read(path).jsonString()).isEqualTo(a.read(path).jsonString());
            }
            assertThat(a.read("/api/projects/" + PROJECT + "/disbursements")
                    .read("$.disbursements[*].requestId", List.class)).hasSize(6);
        });
        // racing appends on two nodes commit out of order and roll back: the chain links each stored event once
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            DocumentContext verification = b.as("auditor").read("/api/audit/verify");
            assertThat(verification.read("$.intact", Boolean.class)).as(verification.jsonString()).isTrue();
            assertThat(verification.read("$.unlinkedEvents", Long.class)).isZero();
            assertThat(verification.read("$.chainLength", Long.class))
                    .isEqualTo(jdbc.queryForObject("SELECT COUNT(*) FROM domainevententry", Long.class));
        });
    }

    @Test
    void aReadModelIsRebuiltOnBothNodesTogether() {
        String budget = "/api/projects/" + PROJECT + "/budget";
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            assertThat(jdbc.queryForObject("SELECT COUNT(DISTINCT owner) FROM tokenentry WHERE processorname = ?",
                    Integer.class, "budget")).isEqualTo(2);
            assertThat(b.read(budget).jsonString()).isEqualTo(a.read(budget).jsonString());
        });
        String before = a.read(budget).jsonString();

        assertThat(a.as("operator").post("/api/operations/replays/budget", "").getStatusCode().value())
                .isEqualTo(202);
        await().atMost(Duration.ofSeconds(90)).untilAsserted(() -> {
            assertThat(b.as("operator").read("/api/operations/replays/budget").read("$.status", String.class))
                    .isEqualTo("DONE");
            assertThat(a.read(budget).jsonString()).isEqualTo(before);
            assertThat(b.read(budget).jsonString()).isEqualTo(before);
        });
    }

    /**
     * Each instance keeps partners in memory between commands; a partner another instance changed meanwhile is
     * loaded anew, so the rules judge what is stored: a payment sent to A after B approved the request A knows as
     * merely requested is paid, not refused.
     */
    @Test
    void aPartnerChangedOnOneInstanceIsJudgedAsStoredByTheOther() {
        String project = "SC20-CACHED";
        String munich = "/api/projects/" + project + "/partners/LHM";
        CutRequests.munichFunded(a, project);
        assertThat(a.post(munich + "/request-disbursement", CutRequests.MUNICH_FIRST_REQUEST).getStatusCode().value())
                .isEqualTo(201);
        b.as("kfw-approver").command(munich + "/disbursements/LHM-2021-1/approve", "{\"approvedOn\": \"2021-07-20\"}");
        ResponseEntity<String> paid = a.as("kfw-payer").post(munich + "/disbursements/LHM-2021-1/pay",
                "{\"paidOn\": \"2021-07-31\"}");
        assertThat(paid.getStatusCode().value()).as(paid.getBody()).isEqualTo(202);
    }

    /** Many writers for different partners, taking turns over both instances, all reach the read models. */
    @Test
    void manyWritersOnBothInstancesAllReachTheReadModelsWithoutARestart() {
        ConcurrentWriters.passResolutions("SC20-MANY-", List.of(a, b)).assertEveryOneReachesTheReadModels(b, jdbc);
    }

    private static CompletableFuture<Integer> request(ExecutorService clients, HttpClient node, String requestId,
                                                      LocalDate periodStart) {
        LocalDate periodEnd = periodStart.plusMonths(6).minusDays(1);
        LocalDate requestedOn = periodEnd.plusDays(5);
        String body = """
                {"requestId": "%s", "requestedOn": "%s", "periodStart": "%s", "periodEnd": "%s",
                 "payoutDate": "%s", "costs": [{"year": %d, "costLine": "2.1.1", "amount": 1000.00}]}"""
                .formatted(requestId, requestedOn, periodStart, periodEnd,
                        requestedOn.withDayOfMonth(requestedOn.lengthOfMonth()), periodStart.getYear());
        return CompletableFuture.supplyAsync(
                () -> node.post(LHM + "/request-disbursement", body).getStatusCode().value(), clients);
    }

    private static long storedEvents(String type, String payloadContaining) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM domainevententry WHERE aggregateidentifier = ?"
                        + " AND payloadtype LIKE ? AND convert_from(payload, 'UTF8') LIKE ?", Long.class, MUNICH,
                "%." + type, "%" + payloadContaining + "%");
    }

    @Test
    void aChangeSentToOneInstanceReachesADashboardFollowingTheOtherWithinASecond() throws Exception {
        int portOfB = Integer.parseInt(nodeB.getEnvironment().getProperty("local.server.port"));
        HttpClient dashboardOnB = client(nodeB).as("dashboard");
        try (UpdateStream onB = UpdateStream.follow(portOfB, PROJECT, "dashboard")) {
            for (int i = 1; i <= 3; i++) {
                long sent = System.nanoTime();
                long version = a.command(LHM + "/pass-council-resolution",
                        CutRequests.MUNICH_RESOLUTION.replace("14-20 / V 18416", "ACROSS-" + i)).read("$.version",
                        Long.class);
                UpdateStream.Received update = onB.next(Duration.ofSeconds(5),
                        told -> told.read("$.sequenceNumber", Long.class) == version
                                && "LHM".equals(told.read("$.partnerCode", String.class)));
                assertThat(update).as("node B tells of the change sent to node A").isNotNull();
                assertThat(Duration.ofNanos(update.receivedAtNanos() - sent)).isLessThan(Duration.ofSeconds(1));
                assertThat(update.update().read("$.sequenceNumber", Long.class)).isEqualTo(version);
                assertThat(dashboardOnB.read("/api/projects/" + PROJECT + "/resolutions")
                        .read("$.partners[?(@.partnerCode == 'LHM')].resolutions[*].paperReference", List.class))
                        .as("what node B shows right after it told of the change").contains("ACROSS-" + i);
            }
        }
    }
}
