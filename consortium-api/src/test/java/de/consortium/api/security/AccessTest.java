package de.consortium.api.security;

import com.jayway.jsonpath.JsonPath;
import de.consortium.api.ApiTest;
import de.consortium.api.CutRequests;
import de.consortium.api.HttpClient;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Only the right people act: who may send which command, and who acted is on every event. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessTest extends ApiTest {

    private static final String PROJECT = "SC20-ACCESS";
    private static final String PARTNERS = "/api/projects/" + PROJECT + "/partners";

    @Autowired
    private TestRestTemplate rest;

    @BeforeAll
    void munichFunded() {
        CutRequests.munichFunded(new HttpClient(rest), PROJECT);
    }

    @Test
    void withoutValidCredentialsNothingIsAnswered() {
        ResponseEntity<String> anonymous = http.as(null).get("/api/projects");
        assertThat(anonymous.getStatusCode().value()).isEqualTo(401);
        assertThat(anonymous.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(anonymous.getHeaders().getFirst("WWW-Authenticate")).isEqualTo("Basic realm=\"consortium\"");
        // a page's script (Swagger UI) gets no challenge, which would hold its call for the browser's login prompt
        HttpHeaders script = new HttpHeaders();
        script.set("Sec-Fetch-Mode", "cors");
        ResponseEntity<String> fromScript = http.as(null).get("/api/projects", script);
        assertThat(fromScript.getStatusCode().value()).isEqualTo(401);
        assertThat(fromScript.getHeaders().containsKey("WWW-Authenticate")).isFalse();
        assertThat(http.as("lhm").get("/api/projects").getStatusCode().value()).isEqualTo(200);
        ResponseEntity<String> wrongPassword = rest.withBasicAuth("lhm", "guess").getForEntity("/api/projects",
                String.class);
        assertThat(wrongPassword.getStatusCode().value()).isEqualTo(401);
        assertThat(wrongPassword.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    }

    /** Project leads read the projects their city belongs to; funder, auditors and dashboards read all. */
    @Test
    void readingIsScopedToTheProjectsOfTheUsersCity() {
        String hamburgOnly = "SC20-FHH-ONLY";
        HttpClient lead = http.as("lead");
        lead.command("/api/projects", CutRequests.REGISTER.formatted(hamburgOnly));
        lead.command("/api/projects/" + hamburgOnly + "/partners", CutRequests.JOIN_HAMBURG);
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(http.read("/api/projects?limit=1000").read("$[*].projectId", List.class)).contains(hamburgOnly));

        assertThat(http.as("le").read("/api/projects?limit=1000").read("$[*].projectId", List.class)).contains(PROJECT)
                .doesNotContain(hamburgOnly);
        for (String path : List.of("", "/budget", "/resolutions", "/disbursements", "/partners/FHH")) {
            ResponseEntity<String> refused = http.as("le").get("/api/projects/" + hamburgOnly + path);
            assertThat(refused.getStatusCode().value()).as(path).isEqualTo(403);
            assertThat(refused.getBody()).contains("projects your city belongs to");
        }
        assertThat(http.as("le").get("/api/projects/" + PROJECT + "/budget").getStatusCode().value()).isEqualTo(200);
        for (String reader : List.of("lead", "auditor", "kfw-approver", "dashboard")) {
            assertThat(http.as(reader).get("/api/projects/" + hamburgOnly).getStatusCode().value()).as(reader)
                    .isEqualTo(200);
            assertThat(http.as(reader).read("/api/projects?limit=1000").read("$[*].projectId", List.class)).as(reader)
                    .contains(hamburgOnly);
        }
        assertThat(http.as("operator").get("/api/projects/" + hamburgOnly).getStatusCode().value()).isEqualTo(403);
        assertThat(http.as("operator").read("/api/projects?limit=1000").read("$", List.class)).isEmpty();
    }

    @ParameterizedTest(name = "{0} may not {1}")
    @CsvSource(delimiter = '|', value = {
            "lhm          | pass a resolution for Leipzig    | /LE/pass-council-resolution",
            "le           | request money for Munich         | /LHM/request-disbursement",
            "lhm          | record its own grant decision    | /LHM/record-grant-decision",
            "lhm          | approve its own request          | /LHM/disbursements/LHM-2021-1/approve",
            "lhm          | set its own cost plan            | /LHM/cost-plan",
            "kfw-approver | submit Munich's application      | /LHM/submit-application",
            "auditor      | pass a resolution                | /LHM/pass-council-resolution",
            "dashboard    | request money                    | /LHM/request-disbursement",
            "lead         | act as Munich's project lead     | /LHM/pass-council-resolution"})
    void aCommandFromSomeoneWhoMayNotSendItIsForbidden(String user, String what, String path) {
        long before = storedEvents();
        ResponseEntity<String> response = http.as(user).post(PARTNERS + path, validBodyFor(path));
        assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(403);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(storedEvents()).isEqualTo(before);
    }

    private static String validBodyFor(String path) {
        String command = path.substring(path.lastIndexOf('/') + 1);
        return switch (command) {
            case "request-disbursement" -> CutRequests.MUNICH_FIRST_REQUEST;
            case "record-grant-decision" -> CutRequests.MUNICH_GRANT;
            case "approve" -> "{\"approvedOn\": \"2021-07-20\"}";
            case "cost-plan" -> CutRequests.MUNICH_COST_PLAN;
            case "submit-application" -> CutRequests.MUNICH_APPLICATION;
            default -> CutRequests.MUNICH_RESOLUTION;
        };
    }

    @Test
    void theConsortiumLeadActsOnlyForProjectsItsCityLeads() {
        String ledByLeipzig = CutRequests.REGISTER.formatted("SC20-OTHER").replace("\"leadPartner\": \"FHH\"",
                "\"leadPartner\": \"LE\"");
        assertThat(http.as("lead").post("/api/projects", ledByLeipzig).getStatusCode().value()).isEqualTo(403);
    }

    @Test
    void everyEventRecordsWhoActed() {
        List<Map<String, Object>> events = jdbc.queryForList("SELECT payloadtype, metadata FROM domainevententry"
                + " WHERE aggregateidentifier IN (?, ?) ORDER BY globalindex", PROJECT, PROJECT + "/LHM");
        assertThat(events).isNotEmpty().allSatisfy(event -> {
            String metaData = new String((byte[]) event.get("metadata"), StandardCharsets.UTF_8);
            assertThat(JsonPath.parse(metaData).read("$.principal", String.class)).isNotBlank();
            assertThat(JsonPath.parse(metaData).read("$.correlationId", String.class)).isNotBlank();
        });
        Map<String, String> actedBy = new LinkedHashMap<>();
        events.forEach(event -> actedBy.put(((String) event.get("payloadtype")).replaceAll(".*\\.", ""),
                JsonPath.parse(new String((byte[]) event.get("metadata"), StandardCharsets.UTF_8))
                        .read("$.principal", String.class)));
        assertThat(actedBy).containsEntry("ProjectRegistered", "lead").containsEntry("PartnerJoinedConsortium", "lead")
                .containsEntry("CouncilResolutionPassed", "lhm").containsEntry("GrantAwarded", "kfw-approver");
    }
}
