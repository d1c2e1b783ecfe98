package de.consortium.api.durability;

import com.fasterxml.jackson.databind.JsonNode;
import de.consortium.api.containers.ContainerEngine;
import de.consortium.api.containers.Images;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.testcontainers.containers.PostgreSQLContainer;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Two nodes on one PostgreSQL database, one of them killed with SIGKILL: the survivor takes over every segment of
 * every read model within the documented bound (claim timeout plus token claim interval, with the defaults 10 s and
 * 2 s), and a rebuild whose node died just after it was asked for is carried out by the survivor.
 */
@ContainerEngine
class FailoverIT {

    /** The postgres profile's defaults: axon.eventhandling.tokenstore.claim-timeout and token-claim-interval. */
    private static final Duration FAILOVER_BOUND = Duration.ofSeconds(10).plusSeconds(2);
    /** For the node's own scheduling: a claim attempt starts at most this much after its interval is due. */
    private static final Duration SLACK = Duration.ofMillis(1500);
    private static final List<String> READ_MODELS = List.of("project-status", "budget", "resolutions",
            "disbursements", "documents");

    @TempDir
    Path workDir;

    @Test
    void theSurvivorTakesOverEverySegmentInTimeAndFinishesARebuildTheDeadNodeWasAskedFor() throws IOException {
        try (PostgreSQLContainer<?> postgres = Images.postgres()) {
            postgres.start();
            JdbcTemplate jdbc = new JdbcTemplate(new DriverManagerDataSource(postgres.getJdbcUrl(),
                    postgres.getUsername(), postgres.getPassword()));
            ServerProcess a = ServerProcess.start(workDir, "node-a", node(postgres, "node-a",
                    "--consortium.demo.scenarios=cut,ostwuerttemberg"));
            ServerProcess b = ServerProcess.start(workDir, "node-b", node(postgres, "node-b"));
            awaitBothNodesHoldSegments(jdbc);

            Instant killed = Instant.now();
            a.kill();
            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100))
                    .until(() -> onlyOwner(jdbc, "node-b"));
            Duration takeover = Duration.between(killed, Instant.now());
            System.out.println("fail-over: node-b held every segment " + takeover.toMillis() + " ms after node-a was"
                    + " killed (bound " + FAILOVER_BOUND.toMillis() + " ms)");
            assertThat(takeover).isLessThanOrEqualTo(FAILOVER_BOUND.plus(SLACK));

            a.restart();
            awaitBothNodesHoldSegments(jdbc);
            Api operatorOnB = Api.of(b::uri, "operator", "operator-demo");
            String budget = Api.of(b::uri, "auditor", "auditor-demo").get("/api/projects/SC20-SFQRL/budget").body();
            assertThat(Api.of(a::uri, "operator", "operator-demo").post("/api/operations/replays/budget", "", null)
                    .statusCode()).isEqualTo(202);
            ServerProcess.sleep(300);
            a.kill();
            await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
                JsonNode progress = operatorOnB.read("/api/operations/replays/budget");
                assertThat(progress.path("status").asText()).isEqualTo("DONE");
                assertThat(Api.of(b::uri, "auditor", "auditor-demo").get("/api/projects/SC20-SFQRL/budget").body())
                        .isEqualTo(budget);
                assertThat(operatorOnB.get("/actuator/health/readModels").statusCode()).isEqualTo(200);
            });
            b.stop();
        }
    }

    private static void awaitBothNodesHoldSegments(JdbcTemplate jdbc) {
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            for (String readModel : READ_MODELS) {
                assertThat(jdbc.queryForList("SELECT DISTINCT owner FROM tokenentry WHERE processorname = ?",
                        String.class, readModel)).as(readModel).containsExactlyInAnyOrder("node-a", "node-b");
            }
        });
    }

    private static boolean onlyOwner(JdbcTemplate jdbc, String node) {
        return jdbc.queryForList("SELECT DISTINCT COALESCE(owner, '-') FROM tokenentry WHERE processorname IN"
                + " ('project-status', 'budget', 'resolutions', 'disbursements', 'documents')", String.class)
                .equals(List.of(node));
    }

    private static List<String> node(PostgreSQLContainer<?> postgres, String name, String... more) {
        List<String> arguments = new java.util.ArrayList<>(List.of("--spring.profiles.active=postgres",
                "--consortium.security.mode=basic", "--consortium.cluster.node-id=" + name,
                "--spring.datasource.url=" + postgres.getJdbcUrl(),
                "--spring.datasource.username=" + postgres.getUsername(),
                "--spring.datasource.password=" + postgres.getPassword()));
        arguments.addAll(List.of(more));
        return arguments;
    }
}
