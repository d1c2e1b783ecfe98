package de.consortium.api;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.web.client.RestTemplateBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The embedded default keeps events, tokens and read models in its data directory across restarts. */
class RestartTest {

    private static final String STATUS = "/api/projects/SC20-SFQRL";

    @TempDir
    Path dataDir;

    private ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(ConsortiumApplication.class)
                .run("--server.port=0", "--consortium.data-dir=" + dataDir);
    }

    private static HttpClient client(ConfigurableApplicationContext context) {
        String port = context.getEnvironment().getProperty("local.server.port");
        return new HttpClient(new TestRestTemplate(new RestTemplateBuilder().rootUri("http://localhost:" + port)));
    }

    @Test
    void aRestartedServerFindsItsDataAndGoesOn() {
        try (ConfigurableApplicationContext first = start()) {
            HttpClient http = client(first);
            CutRequests.munichFunded(http, "SC20-SFQRL");
            await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(http.read(STATUS)
                    .read("$.partners[?(@.partnerCode == 'LHM')].stage", List.class)).containsExactly("FUNDED"));
        }
        try (ConfigurableApplicationContext second = start()) {
            HttpClient http = client(second);
            assertThat(http.read(STATUS).read("$.partners[?(@.partnerCode == 'LHM')].stage", List.class))
                    .containsExactly("FUNDED");
            // the budget's processor goes on from its stored token after the restart
            await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(http.read(STATUS + "/budget")
                    .read("$.partners[?(@.partnerCode == 'LHM')].drawdown.granted", List.class))
                    .containsExactly(6355500.0));
            http.as("lhm").command(STATUS + "/partners/LHM/request-disbursement", CutRequests.MUNICH_FIRST_REQUEST);
            await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(
                    http.read(STATUS + "/disbursements").read("$.disbursements[*].requestId", List.class))
                    .containsExactly("LHM-2021-1"));
            assertThat(http.as("lead").post("/api/projects", CutRequests.REGISTER.formatted("SC20-SFQRL"))
                    .getStatusCode().value()).isEqualTo(409);
        }
    }
}
