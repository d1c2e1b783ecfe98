package de.consortium.api.axonserver;

import de.consortium.api.ConsortiumApplication;
import de.consortium.api.CutRequests;
import de.consortium.api.HttpClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.web.client.RestTemplateBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import java.io.IOException;
import java.net.ServerSocket;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The axonserver profile with no Axon Server to reach (its database here an in-memory one): the application starts
 * all the same and waits, is not ready and says why, and answers every request that needs Axon Server with a
 * retryable 503 problem instead of failing.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AxonServerUnreachableTest {

    private ConfigurableApplicationContext application;
    private HttpClient http;

    @BeforeAll
    void startWithoutAxonServer() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        application = new SpringApplicationBuilder(ConsortiumApplication.class).run(
                "--spring.profiles.active=axonserver", "--server.port=0", "--consortium.security.mode=basic",
                "--axon.axonserver.servers=localhost:" + closedPort,
                "--spring.datasource.url=jdbc:h2:mem:" + UUID.randomUUID()
                        + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
                "--spring.datasource.username=sa", "--spring.datasource.password=",
                "--logging.structured.format.console=");
        String port = application.getEnvironment().getProperty("local.server.port");
        http = new HttpClient(new TestRestTemplate(new RestTemplateBuilder().rootUri("http://localhost:" + port)));
    }

    @AfterAll
    void stop() {
        if (application != null) {
            application.close();
        }
    }

    @Test
    void itIsNotReadyAndNamesAxonServerAndTheEventStore() {
        ResponseEntity<String> readiness = http.as("operator").get("/actuator/health/readiness");
        assertThat(readiness.getStatusCode().value()).isEqualTo(503);
        assertThat(readiness.getBody()).contains("\"axonServer\":{\"status\":\"DOWN\"")
                .contains("\"eventStore\":{\"status\":\"DOWN\"").contains("\"db\":{\"status\":\"UP\"");
        assertThat(http.get("/actuator/health/liveness").getStatusCode().value()).isEqualTo(200);
    }

    @Test
    void commandsAndQueriesAreAnsweredWithARetryableProblem() {
        ResponseEntity<String> command = http.as("lead").post("/api/projects", CutRequests.REGISTER.formatted("SC20-AXS"));
        assertRetryable(command);
        assertRetryable(http.get("/api/projects"));
        assertRetryable(http.get("/api/projects/SC20-AXS/budget"));
    }

    private static void assertRetryable(ResponseEntity<String> response) {
        assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(503);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(response.getHeaders().getFirst("Retry-After")).isNotBlank();
    }
}
