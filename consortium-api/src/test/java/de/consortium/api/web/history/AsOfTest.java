package de.consortium.api.web.history;

import de.consortium.api.ApiTest;
import de.consortium.api.CutRequests;
import de.consortium.api.HttpClient;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The read models on both clocks of docs/domain.md, two clocks: as it was in the world, and as the system knew it. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AsOfTest extends ApiTest {

    private static final String PROJECT = "/api/projects/SC20-ASOF";
    private static final String MUNICH_STAGE = "$.partners[?(@.partnerCode == 'LHM')].stage";

    @Autowired
    private TestRestTemplate rest;
    private Instant beforeApproval;

    @BeforeAll
    void historyWithAPauseBeforeTheApproval() throws InterruptedException {
        HttpClient client = new HttpClient(rest);
        CutRequests.munichFunded(client, "SC20-ASOF");
        // the approval is recorded last, after a pause, so that an instant falls between it and the rest
        client.as("lhm").command(PROJECT + "/partners/LHM/request-disbursement", CutRequests.MUNICH_FIRST_REQUEST);
        Thread.sleep(50);
        beforeApproval = Instant.now();
        Thread.sleep(50);
        client.as("kfw-approver").command(PROJECT + "/partners/LHM/disbursements/LHM-2021-1/approve",
                "{\"approvedOn\": \"2021-07-20\"}");
        // every read model the tests compare with must have taken in the last command
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            assertThat(client.read(PROJECT + "/disbursements").read("$.disbursements[*].status", List.class))
                    .containsExactly("APPROVED");
            assertThat(client.read(PROJECT + "/budget").read("$.drawdown.approved", Double.class))
                    .isEqualTo(260000.0);
            assertThat(client.read(PROJECT).read("$.partners[?(@.partnerCode == 'LHM')].version", List.class))
                    .containsExactly(7);
            assertThat(client.read(PROJECT + "/resolutions")
                    .read("$.partners[?(@.partnerCode == 'LHM')].resolutions[*]", List.class)).hasSize(2);
        });
    }

    @Test
    void asOfADateInTheWorld() {
        assertThat(http.read(PROJECT + "?asOf=2020-05-15").read(MUNICH_STAGE, List.class)).containsExactly("JOINED");
        assertThat(http.read(PROJECT + "?asOf=2020-06-01").read(MUNICH_STAGE, List.class)).containsExactly("APPLIED");
        assertThat(http.read(PROJECT + "?asOf=2021-01-01").read(MUNICH_STAGE, List.class)).containsExactly("FUNDED");
        assertThat(http.get(PROJECT + "?asOf=2020-05-01").getStatusCode().value()).isEqualTo(404);

        assertThat(http.read(PROJECT + "/resolutions?asOf=2020-05-12")
                .read("$.partners[?(@.partnerCode == 'LHM')].required[*].state", List.class))
                .containsExactly("MISSING", "MISSING", "SATISFIED");
        assertThat(http.read(PROJECT + "/budget?asOf=2020-12-01").read("$.drawdown.granted", Double.class))
                .isZero();
        assertThat(http.read(PROJECT + "/budget?asOf=2021-07-10").read("$.drawdown", Map.class))
                .containsEntry("granted", 6355500.0).containsEntry("requested", 260000.0)
                .containsEntry("approved", 0.0);
    }

    @Test
    void asTheSystemKnewItAtAnInstant() {
        assertThat(http.read("/api/projects/SC20-ASOF/disbursements").read("$.disbursements[*].status", List.class))
                .containsExactly("APPROVED");
        assertThat(http.read(PROJECT + "/budget?knownAt=" + beforeApproval).read("$.drawdown.approved", Double.class))
                .isZero();
        assertThat(http.read(PROJECT + "/budget").read("$.drawdown.approved", Double.class)).isEqualTo(260000.0);
        assertThat(http.get(PROJECT + "?asOf=2020-06-01&knownAt=" + beforeApproval).getStatusCode().value())
                .isEqualTo(400);
        for (String malformed : List.of("?asOf=yesterday", "?asOf=2020-13-45", "/budget?knownAt=noon")) {
            var response = http.get(PROJECT + malformed);
            assertThat(response.getStatusCode().value()).as(malformed).isEqualTo(400);
            assertThat(response.getHeaders().getContentType().toString()).startsWith("application/problem+json");
        }
    }

    @Test
    void atNowBothClocksShowTheLiveReadModels() {
        String today = LocalDate.now(ZoneId.of("Europe/Berlin")).toString();
        String now = Instant.now().toString();
        for (String model : List.of("", "/budget", "/resolutions")) {
            String live = http.read(PROJECT + model).jsonString();
            assertThat(http.read(PROJECT + model + "?asOf=" + today).jsonString()).isEqualTo(live);
            assertThat(http.read(PROJECT + model + "?knownAt=" + now).jsonString()).isEqualTo(live);
        }
    }
}
