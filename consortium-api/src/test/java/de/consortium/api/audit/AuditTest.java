package de.consortium.api.audit;

import com.jayway.jsonpath.DocumentContext;
import com.jayway.jsonpath.JsonPath;
import de.consortium.api.ApiTest;
import de.consortium.api.CutRequests;
import de.consortium.api.HttpClient;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** What auditors read: the history paged and filtered, its exports, and its hash chain. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuditTest extends ApiTest {

    private static final String PROJECT = "SC20-AUDIT";

    @Autowired
    private TestRestTemplate rest;
    private long projectEvents;

    @BeforeAll
    void history() {
        HttpClient client = new HttpClient(rest);
        CutRequests.munichFunded(client, PROJECT);
        client.as("lhm").command("/api/projects/" + PROJECT + "/partners/LHM/request-disbursement",
                CutRequests.MUNICH_FIRST_REQUEST);
        // the project's registration, one join each for Hamburg and Leipzig, and Munich's seven events
        projectEvents = jdbc.queryForObject("SELECT COUNT(*) FROM domainevententry WHERE aggregateidentifier = ?"
                + " OR aggregateidentifier LIKE ?", Long.class, PROJECT, PROJECT + "/%");
    }

    @Test
    void theHistoryIsPagedInGlobalOrderWithWhoAndWhatCausedEachEvent() {
        List<Map<String, Object>> events = new ArrayList<>();
        String page = "/api/audit/events?project=" + PROJECT + "&limit=3";
        int pages = 0;
        while (page != null) {
            DocumentContext read = http.read(page);
            events.addAll(read.read("$.events"));
            page = read.read("$.next");
            pages++;
        }
        assertThat(pages).isGreaterThan(3);
        assertThat(events).hasSize((int) projectEvents);
        assertThat(events).extracting(e -> ((Number) e.get("position")).longValue()).isSorted();
        Map<String, Object> registration = events.get(0);
        assertThat(registration).containsEntry("type", "ProjectRegistered").containsEntry("aggregateId", PROJECT)
                .containsEntry("sequenceNumber", 0).containsEntry("revision", "1").containsEntry("principal", "lead")
                .containsEntry("command", "RegisterProject");
        assertThat(registration.get("correlationId")).isNotNull();
        assertThat(registration.get("causationId")).isNotNull();
        assertThat(JsonPath.parse(registration.get("payload")).read("$.applicationDeadline", String.class))
                .isEqualTo("2020-05-20");
    }

    /** The store keeps cents; auditors read euros, as everywhere in the API, and every other number as stored. */
    @Test
    void amountsAreShownInEurosAndOtherNumbersAsStored() {
        DocumentContext history = http.read("/api/audit/events?project=" + PROJECT + "&partner=LHM&limit=1000");
        assertThat(history.read("$.events[?(@.type == 'GrantAwarded')].payload.grantAmount", List.class))
                .containsExactly(6355500.00);
        DocumentContext request = JsonPath.parse(history.read("$.events[?(@.type == 'DisbursementRequested')]"
                + ".payload", List.class).get(0));
        assertThat(request.read("$.costs[0].amount", Object.class).toString()).isEqualTo("400000.0");
        assertThat(request.read("$.costs[0].year", Object.class)).isEqualTo(2021);
        String stored = jdbc.queryForObject("SELECT payload FROM domainevententry WHERE payloadtype LIKE"
                + " '%.DisbursementRequested' AND aggregateidentifier = ?", String.class, PROJECT + "/LHM");
        assertThat(stored).contains("\"amount\":40000000");
        String raw = http.get("/api/audit/events?project=" + PROJECT + "&type=DisbursementRequested").getBody();
        assertThat(raw).contains("\"amount\":400000.00").doesNotContain("40000000");
    }

    @Test
    void theHistoryIsFilteredByPartnerTypeAndTime() {
        assertThat(http.read("/api/audit/events?project=" + PROJECT + "&partner=LHM&limit=1000")
                .read("$.events[*].aggregateId", List.class)).hasSize((int) projectEvents - 3).containsOnly(PROJECT
                + "/LHM");
        assertThat(http.read("/api/audit/events?project=" + PROJECT + "&type=CouncilResolutionPassed")
                .read("$.events[*].type", List.class)).containsExactly("CouncilResolutionPassed",
                "CouncilResolutionPassed");
        assertThat(http.read("/api/audit/events?project=" + PROJECT + "&since=2999-01-01T00:00:00Z")
                .read("$.events", List.class)).isEmpty();
        assertThat(http.get("/api/audit/events?partner=LHM").getStatusCode().value()).isEqualTo(400);
        assertThat(http.as("lhm").get("/api/audit/events").getStatusCode().value()).isEqualTo(403);
    }

    @Test
    void theHistoryIsExportedAsJsonLinesAndCsv() {
        ResponseEntity<String> jsonl = http.get("/api/audit/events/export?format=jsonl&project=" + PROJECT);
        assertThat(jsonl.getHeaders().getContentType().toString()).startsWith("application/x-ndjson");
        List<String> lines = jsonl.getBody().lines().toList();
        assertThat(lines).hasSize((int) projectEvents)
                .allSatisfy(line -> assertThat(JsonPath.parse(line).read("$.position", Long.class)).isPositive());

        ResponseEntity<String> csv = http.get("/api/audit/events/export?format=csv&project=" + PROJECT
                + "&partner=LHM");
        List<String> rows = csv.getBody().lines().toList();
        assertThat(rows.get(0)).startsWith("position,timestamp,aggregateId,sequenceNumber,type");
        assertThat(rows).hasSize((int) projectEvents - 3 + 1);
        assertThat(rows.get(1)).contains(",SC20-AUDIT/LHM,0,PartnerJoinedConsortium,1,lead,JoinConsortium,");
    }

    @Test
    void theHashChainFindsAnEventChangedInTheDatabaseExactlyWhereItWasChanged() {
        Map<String, Object> grant = jdbc.queryForMap("SELECT globalindex, payload FROM domainevententry"
                + " WHERE aggregateidentifier = ? AND payloadtype LIKE '%GrantAwarded'", PROJECT + "/LHM");
        byte[] original = (byte[]) grant.get("payload");
        long position = ((Number) grant.get("globalindex")).longValue();
        // only events the chain has linked are verified: wait until it has linked this one
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM event_hash WHERE position = ?", Integer.class,
                    position)).isEqualTo(1);
            assertThat(http.read("/api/audit/verify").read("$.intact", Boolean.class)).isTrue();
        });
        String forged = new String(original, StandardCharsets.UTF_8).replace("635550000", "735550000");
        assertThat(forged).isNotEqualTo(new String(original, StandardCharsets.UTF_8));
        try {
            jdbc.update("UPDATE domainevententry SET payload = ? WHERE globalindex = ?",
                    forged.getBytes(StandardCharsets.UTF_8), position);
            DocumentContext verified = http.read("/api/audit/verify");
            assertThat(verified.read("$.intact", Boolean.class)).isFalse();
            assertThat(verified.read("$.firstBrokenPosition", Long.class)).isEqualTo(position);
        } finally {
            jdbc.update("UPDATE domainevententry SET payload = ? WHERE globalindex = ?", original, position);
        }
        assertThat(http.read("/api/audit/verify").read("$.intact", Boolean.class)).isTrue();
    }
}
