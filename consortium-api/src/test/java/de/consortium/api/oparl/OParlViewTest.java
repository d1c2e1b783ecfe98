package de.consortium.api.oparl;

import de.consortium.api.OwnDataDirectory;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.jayway.jsonpath.JsonPath;
import de.consortium.api.ConsortiumApplication;
import de.consortium.api.CutRequests;
import de.consortium.api.HttpClient;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The consortium's resolutions as an OParl 1.1 system: every object reachable from the system validates against
 * OParl 1.1, anyone may read it, only public sessions show, and the consortium's own import, on its schedule, reads
 * it back into another project: the same resolutions, and a second time nothing.
 */
@SpringBootTest(classes = ConsortiumApplication.class, webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OParlViewTest {

    private static final int PORT = freePort();
    private static final String SHOWN = "SC20-SHOWN";
    private static final String ECHO = "SC20-ECHO";
    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    private TestRestTemplate rest;

    @DynamicPropertySource
    static void ownServer(DynamicPropertyRegistry registry) throws IOException {
        OwnDataDirectory.register(registry, "oparl-view");
        registry.add("server.port", () -> PORT);
        registry.add("consortium.oparl.interval", () -> "1s");
        String echo = "consortium.oparl.sources[0].";
        registry.add(echo + "project", () -> ECHO);
        registry.add(echo + "partner", () -> "LHM");
        registry.add(echo + "body", () -> "http://localhost:" + PORT + "/oparl/v1/bodies/" + SHOWN + "/LHM");
        registry.add(echo + "papers[0].reference", () -> "14-20 / V 18416");
        registry.add(echo + "papers[0].subjects", () -> "APPLICATION_APPROVAL,OWN_SHARE_FINANCING");
        registry.add(echo + "papers[1].reference", () -> "14-20 / V 12345");
        registry.add(echo + "papers[1].subjects", () -> "STRATEGY_ADOPTION");
    }

    @BeforeAll
    void munichDecidesInPublicAndInClosedSession() {
        HttpClient http = new HttpClient(rest);
        CutRequests.munichFunded(http, SHOWN);
        http.as("lhm").command("/api/projects/" + SHOWN + "/partners/LHM/pass-council-resolution", """
                {"paperReference": "20-26 / V 00999", "body": "Ältestenrat", "sessionDate": "2021-02-01",
                 "publicSession": false, "subjects": ["STRATEGY_ADOPTION"], "outcome": "NOTED"}""");
        http.as("lead").command("/api/projects", CutRequests.REGISTER.formatted(ECHO));
        http.as("lead").command("/api/projects/" + ECHO + "/partners", CutRequests.JOIN_MUNICH);
        await().atMost(Duration.ofSeconds(10)).until(() -> http.read("/api/projects/" + SHOWN + "/resolutions")
                .read("$.partners[?(@.partnerCode == 'LHM')].resolutions[*]", List.class).size() == 3);
    }

    private JsonNode get(String address) {
        ResponseEntity<String> response = rest.getForEntity(address, String.class);
        assertThat(response.getStatusCode().value()).as(address + ": " + response.getBody()).isEqualTo(200);
        try {
            return JSON.readTree(response.getBody());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void everyObjectReachableFromTheSystemIsOParl11AndAnyoneMayReadIt() {
        JsonNode system = get("http://localhost:" + PORT + "/oparl/v1/system");
        List<String> violations = new ArrayList<>(OParlSchema.violations(system));
        JsonNode bodies = get(system.path("body").asText());
        violations.addAll(OParlSchema.listViolations(bodies));
        JsonNode munich = null;
        for (JsonNode body : bodies.path("data")) {
            violations.addAll(OParlSchema.violations(body));
            if (body.path("id").asText().endsWith("/bodies/" + SHOWN + "/LHM")) {
                munich = body;
            }
        }
        assertThat(munich).isNotNull();
        assertThat(munich.path("ags").asText()).isEqualTo("09162000");
        assertThat(munich.path("modified").asText()).as("when its last public resolution was recorded").isNotEmpty();
        Set<String> reached = new LinkedHashSet<>();
        for (String list : List.of("paper", "meeting", "organization", "person")) {
            JsonNode page = get(munich.path(list).asText());
            violations.addAll(OParlSchema.listViolations(page));
            for (JsonNode object : page.path("data")) {
                violations.addAll(OParlSchema.violations(object));
                reached.add(object.path("id").asText());
                object.path("consultation").forEach(consultation -> {
                    violations.addAll(OParlSchema.violations(consultation));
                    for (String link : List.of("agendaItem", "meeting")) {
                        JsonNode linked = get(consultation.path(link).asText());
                        violations.addAll(OParlSchema.violations(linked));
                    }
                    violations.addAll(OParlSchema.violations(get(consultation.path("id").asText())));
                });
                object.path("agendaItem").forEach(item -> violations.addAll(OParlSchema.violations(item)));
                violations.addAll(OParlSchema.violations(get(object.path("id").asText())));
            }
        }
        assertThat(violations).isEmpty();
        assertThat(reached).hasSize(2 + 2 + 1);
        JsonNode papers = get(munich.path("paper").asText());
        assertThat(papers.findValuesAsText("reference")).containsExactly("14-20 / V 12345", "14-20 / V 18416")
                .doesNotContain("20-26 / V 00999");
        JsonNode item = get(papers.path("data").get(1).path("consultation").get(0).path("agendaItem").asText());
        assertThat(item.path("result").asText()).isEqualTo("beschlossen");
        assertThat(item.path("consortium:votes").path("abstentions").asInt()).isEqualTo(10);
    }

    @Test
    void listsArePagedAndFilteredByTheirChanges() {
        String papers = "http://localhost:" + PORT + "/oparl/v1/bodies/" + SHOWN + "/LHM/papers";
        JsonNode all = get(papers);
        assertThat(all.at("/pagination/totalElements").asInt()).isEqualTo(2);
        assertThat(all.at("/links/first").asText()).endsWith("/papers?page=1");
        assertThat(all.at("/links/next").isMissingNode()).isTrue();
        assertThat(get(papers + "?modified_since=2099-01-01T00:00:00Z").path("data")).isEmpty();
        assertThat(get(papers + "?modified_since=2000-01-01T00:00:00Z").path("data")).hasSize(2);
        assertThat(rest.getForEntity(papers + "?modified_since=yesterday", String.class).getStatusCode().value())
                .isEqualTo(400);
        String bodies = "http://localhost:" + PORT + "/oparl/v1/bodies";
        JsonNode firstBodies = get(bodies);
        assertThat(firstBodies.at("/pagination/totalElements").asInt()).as("fewer than a page here")
                .isEqualTo(firstBodies.path("data").size()).isPositive();
        for (String outOfRange : List.of(papers + "?page=2", papers + "?page=2147483647", bodies + "?page=0",
                bodies + "?page=2", bodies + "?page=2147483647")) {
            assertThat(rest.getForEntity(outOfRange, String.class).getStatusCode().value()).as(outOfRange)
                    .isEqualTo(400);
        }
        assertThat(rest.getForEntity("http://localhost:" + PORT + "/oparl/v1/bodies/" + SHOWN + "/XX",
                String.class).getStatusCode().value()).isEqualTo(404);
    }

    @Test
    void theConsortiumsOwnImportReadsTheViewBackOnItsScheduleAndASecondTimeAddsNothing() {
        HttpClient operator = new HttpClient(rest).as("operator");
        HttpClient reader = new HttpClient(rest);
        await().atMost(Duration.ofSeconds(20)).ignoreExceptions().untilAsserted(() -> {
            assertThat(resolutions(reader, ECHO)).isEqualTo(resolutions(reader, SHOWN));
            assertThat(operator.read("/api/operations/oparl-imports").read("$.reports[0].startedBy", String.class))
                    .isEqualTo("oparl-import");
        });
        String again = operator.post("/api/operations/oparl-imports/" + ECHO + "/LHM", "").getBody();
        assertThat(JsonPath.<String>read(again, "$.status")).isEqualTo("COMPLETED");
        assertThat(JsonPath.<List<String>>read(again, "$.decisions[*].outcome")).doesNotContain("IMPORTED");
        assertThat(reader.read("/api/audit/events?project=" + ECHO + "&type=CouncilResolutionPassed")
                .read("$.events[*].principal", List.class)).containsOnly("oparl-import").hasSize(2);
    }

    /** What both projects' resolutions say, without when and how each was recorded. */
    private static String resolutions(HttpClient reader, String project) {
        List<String> said = reader.read("/api/projects/" + project + "/resolutions")
                .read("$.partners[?(@.partnerCode == 'LHM')].resolutions[?(@.publicSession == true)]"
                        + "['paperReference','body','sessionDate','outcome','votesAgainst','abstentions']",
                        List.class);
        return String.valueOf(said);
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
