package de.consortium.api.live;

import de.consortium.api.ApiTest;
import de.consortium.api.CutRequests;
import de.consortium.api.HttpClient;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A dashboard following a project hears of each change within a second, and only once the read models show it:
 * what it reads right after shows the change.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LiveUpdatesTest extends ApiTest {

    private static final String PROJECT = "SC20-LIVE";
    private static final String LHM = "/api/projects/" + PROJECT + "/partners/LHM";
    private static final String WITHOUT_LEIPZIG = "SC20-NOLE";

    @LocalServerPort
    private int port;
    @Autowired
    private TestRestTemplate rest;
    @Autowired
    private LiveUpdates live;

    @BeforeAll
    void munichFunded() {
        HttpClient http = new HttpClient(rest);
        CutRequests.munichFunded(http, PROJECT);
        http.as("lead").command("/api/projects", CutRequests.REGISTER.formatted(WITHOUT_LEIPZIG));
        // a project is followed once the read models know it
        await().atMost(Duration.ofSeconds(10)).until(() -> http.as("dashboard").get("/api/projects/" + PROJECT)
                .getStatusCode().value() == 200);
    }

    @Test
    void eachChangeReachesTheDashboardWithinASecondAndTheReadModelsShowIt() throws Exception {
        try (UpdateStream dashboard = UpdateStream.follow(port, PROJECT, "dashboard")) {
            for (int i = 1; i <= 5; i++) {
                long sent = System.nanoTime();

                long version = passResolution("LIVE-" + i);
                UpdateStream.Received update = dashboard.next(Duration.ofSeconds(5),
                        told -> told.read("$.sequenceNumber", Long.class) == version
                                && "LHM".equals(told.read("$.partnerCode", String.class)));
                assertThat(update).as("an update for change " + i).isNotNull();
                assertThat(Duration.ofNanos(update.receivedAtNanos() - sent)).isLessThan(Duration.ofSeconds(1));
                assertThat(update.update().read("$.projectId", String.class)).isEqualTo(PROJECT);
                assertThat(update.update().read("$.partnerCode", String.class)).isEqualTo("LHM");
                assertThat(update.update().read("$.eventType", String.class)).isEqualTo("CouncilResolutionPassed");
                assertThat(update.update().read("$.sequenceNumber", Long.class)).isEqualTo(version);
                assertThat(http.as("dashboard").read("/api/projects/" + PROJECT + "/resolutions")
                        .read("$.partners[?(@.partnerCode == 'LHM')].resolutions[*].paperReference", List.class))
                        .as("the resolutions read model shows the change the update announced").contains("LIVE-" + i);
            }
        }
    }

    @Test
    void aDashboardReconnectingIsToldOfTheLastChangeItMissedAndOfNothingElse() throws Exception {
        long received;
        try (UpdateStream dashboard = UpdateStream.follow(port, PROJECT, "dashboard")) {
            long version = passResolution("RECONNECT-1");
            received = dashboard.next(Duration.ofSeconds(5), told -> told.read("$.sequenceNumber", Long.class)
                    == version).update().read("$.position", Long.class);
        }
        long missed = passResolution("RECONNECT-2");
        // the read models show the change before the dashboard is back: its update went to no one
        await().atMost(Duration.ofSeconds(10)).until(() -> http.as("dashboard")
                .read("/api/projects/" + PROJECT + "/resolutions")
                .read("$.partners[*].resolutions[*].paperReference", List.class).contains("RECONNECT-2"));
        long missedAt;
        try (UpdateStream back = UpdateStream.follow(port, PROJECT, "dashboard", received)) {
            UpdateStream.Received told = back.next(Duration.ofSeconds(2),
                    update -> update.read("$.sequenceNumber", Long.class) == missed);
            assertThat(told).as("the change made while the dashboard was away").isNotNull();
            missedAt = told.update().read("$.position", Long.class);
            assertThat(missedAt).isGreaterThan(received);
        }
        try (UpdateStream upToDate = UpdateStream.follow(port, PROJECT, "dashboard", missedAt)) {
            assertThat(upToDate.next(Duration.ofMillis(500), update -> true)).as("nothing was missed").isNull();
        }
    }

    private long passResolution(String paperReference) {
        return http.as("lhm").command(LHM + "/pass-council-resolution",
                CutRequests.MUNICH_RESOLUTION.replace("14-20 / V 18416", paperReference)).read("$.version", Long.class);
    }

    /** Whether a project lead may read a project can cost a lookup in the store: 10,000 projects, 10,000 lookups. */
    @Test
    void aPageAsksWhoMayReadOnlyAboutChangesTheReadModelsDoNotShowYet() {
        AtomicInteger asked = new AtomicInteger();
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            asked.set(0);
            live.shownUpTo(projectId -> asked.incrementAndGet() > 0);
            assertThat(asked.get()).as("projects asked about once the read models show every change").isZero();
        });
    }

    @Test
    void onlyThoseWhoMayReadTheProjectFollowIt() {
        HttpHeaders stream = new HttpHeaders();
        stream.set("Accept", "text/event-stream");
        ResponseEntity<String> otherCity = http.as("le").get("/api/projects/" + WITHOUT_LEIPZIG + "/updates", stream);
        assertThat(otherCity.getStatusCode().value()).isEqualTo(403);
        HttpHeaders garbled = new HttpHeaders();
        garbled.set("Accept", "text/event-stream");
        garbled.set("Last-Event-ID", "yesterday");
        ResponseEntity<String> badPosition = http.as("dashboard").get("/api/projects/" + PROJECT + "/updates", garbled);
        assertThat(badPosition.getStatusCode().value()).isEqualTo(400);
        assertThat(badPosition.getHeaders().getContentType()).hasToString("application/problem+json");
        ResponseEntity<String> unknown = http.as("dashboard").get("/api/projects/SC99-NONE/updates", stream);
        assertThat(unknown.getStatusCode().value()).isEqualTo(404);
        assertThat(unknown.getHeaders().getContentType()).hasToString("application/problem+json");
    }
}
