package de.consortium.api.containers;

import com.jayway.jsonpath.DocumentContext;
import de.consortium.api.CutFlow;
import de.consortium.api.CutRequests;
import de.consortium.api.HttpClient;
import de.consortium.api.live.UpdateStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.testcontainers.service.connection.ServiceConnection;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.PostgreSQLContainer;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The REST flow on the {@code axonserver} profile: Axon Server stores the events and routes the messages, read
 * models and tokens live in PostgreSQL. Skips where the Axon Server image cannot be had; PostgresCutFlowTest runs
 * the same flow.
 */
@AxonServerImage
@Testcontainers
@ActiveProfiles("axonserver")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "consortium.security.mode=basic") // JwtSecurityTest covers tokens
@DirtiesContext // closed before its containers stop
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AxonServerCutFlowTest {

    @Container
    @ServiceConnection
    static final PostgreSQLContainer<?> POSTGRES = Images.postgres();
    @Container
    static final GenericContainer<?> AXON_SERVER = Images.axonServer();

    @DynamicPropertySource
    static void axonServer(DynamicPropertyRegistry registry) {
        registry.add("axon.axonserver.servers", () -> Images.axonServerAddress(AXON_SERVER));
    }

    @Autowired
    private TestRestTemplate rest;
    @Autowired
    private EventStore eventStore;

    @LocalServerPort
    private int port;

    @Test
    @Order(1)
    void fromRegistrationToAPaidDisbursementThroughAxonServer() {
        assertThat(eventStore.getClass().getSimpleName()).isEqualTo("AxonServerEventStore");
        HttpClient http = new HttpClient(rest);
        new CutFlow(http, "SC20-SFQRL").fromRegistrationToAPaidDisbursement();

        // the history pages by its own next links, and the hash chain covers all of it, intact
        List<Long> positions = new ArrayList<>();
        for (String page = "/api/audit/events?limit=3"; page != null; ) {
            DocumentContext read = http.read(page);
            List<Number> onPage = read.read("$.events[*].position");
            onPage.forEach(position -> positions.add(position.longValue()));
            page = read.read("$.next");
        }
        assertThat(positions).hasSize(12).isSorted().doesNotHaveDuplicates().startsWith(0L);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            DocumentContext verification = http.read("/api/audit/verify");
            assertThat(verification.read("$.intact", Boolean.class)).isTrue();
            assertThat(verification.read("$.unlinkedEvents", Long.class)).isZero();
            assertThat(verification.read("$.chainLength", Long.class)).isEqualTo(12L);
        });
    }

    @Test
    @Order(2)
    void aChangeReachesADashboardWithinASecondThroughAxonServer() throws Exception {
        HttpClient http = new HttpClient(rest);
        String project = "SC20-AXLIVE";
        CutRequests.munichFunded(http, project);
        try (UpdateStream dashboard = UpdateStream.follow(port, project, "dashboard")) {
            for (int i = 1; i <= 3; i++) {
                long sent = System.nanoTime();
                long version = http.as("lhm").command("/api/projects/" + project + "/partners/LHM/pass-council-resolution",
                        CutRequests.MUNICH_RESOLUTION.replace("14-20 / V 18416", "AXLIVE-" + i)).read("$.version",
                        Long.class);
                UpdateStream.Received update = dashboard.next(Duration.ofSeconds(5),
                        told -> told.read("$.sequenceNumber", Long.class) == version
                                && "LHM".equals(told.read("$.partnerCode", String.class)));
                assertThat(update).as("the update of change " + i).isNotNull();
                assertThat(Duration.ofNanos(update.receivedAtNanos() - sent)).isLessThan(Duration.ofSeconds(1));
                assertThat(http.as("dashboard").read("/api/projects/" + project + "/resolutions")
                        .read("$.partners[?(@.partnerCode == 'LHM')].resolutions[*].paperReference", List.class))
                        .contains("AXLIVE-" + i);
            }
        }
    }
}
