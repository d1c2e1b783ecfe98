package de.consortium.api.oparl;

import com.jayway.jsonpath.DocumentContext;
import com.jayway.jsonpath.JsonPath;
import de.consortium.api.ConsortiumApplication;
import de.consortium.api.CutRequests;
import de.consortium.api.HttpClient;
import de.consortium.api.web.pages.PageSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Munich's resolutions come in from its council's OParl system (served here from documents written from the OParl
 * 1.1 specification): followed papers only, across paged lists, incrementally, a second time without duplicates;
 * what a real system does wrong is reported, and a system that is down, slow or broken imports nothing.
 */
@SpringBootTest(classes = ConsortiumApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class OParlImportTest {

    private static final String PROJECT = "SC20-OPARL";
    private static final OParlServer COUNCIL = new OParlServer();
    private static final String IMPORTS = "/api/operations/oparl-imports/" + PROJECT + "/";
    /** A decision the rules refuse is read again by every import, and reported again, until it can be recorded. */
    private static final String FUTURE_REFUSED = "14-20 / V 55555 REFUSED The session date (2099-01-01) lies in the"
            + " future";

    @LocalServerPort
    private int port;
    @Autowired
    private TestRestTemplate rest;
    @Autowired
    private JdbcTemplate jdbc;
    private HttpClient http;

    @DynamicPropertySource
    static void councils(DynamicPropertyRegistry registry) {
        String munich = "consortium.oparl.sources[0].";
        registry.add(munich + "project", () -> PROJECT);
        registry.add(munich + "partner", () -> "LHM");
        registry.add(munich + "body", () -> COUNCIL.base() + "/oparl/body/1");
        registry.add(munich + "papers[0].reference", () -> "14-20 / V 18416");
        registry.add(munich + "papers[0].subjects", () -> "APPLICATION_APPROVAL,OWN_SHARE_FINANCING");
        registry.add(munich + "papers[1].reference", () -> "20-26 / V 00001");
        registry.add(munich + "papers[1].subjects", () -> "STRATEGY_ADOPTION");
        registry.add(munich + "papers[2].reference", () -> "14-20 / V 99999");
        registry.add(munich + "papers[2].subjects", () -> "STRATEGY_ADOPTION");
        registry.add(munich + "papers[3].reference", () -> "14-20 / V 11111");
        registry.add(munich + "papers[3].subjects", () -> "STRATEGY_ADOPTION");
        registry.add(munich + "papers[4].reference", () -> "14-20 / V 55555");
        registry.add(munich + "papers[4].subjects", () -> "STRATEGY_ADOPTION");
        for (Map.Entry<String, String> partner : Map.of("LE", "/slow/body/1", "FHH", "/broken/body/1").entrySet()) {
            String source = "consortium.oparl.sources[" + (partner.getKey().equals("LE") ? 1 : 2) + "].";
            registry.add(source + "project", () -> PROJECT);
            registry.add(source + "partner", partner::getKey);
            registry.add(source + "body", () -> COUNCIL.base() + partner.getValue());
            registry.add(source + "papers[0].reference", () -> "14-20 / V 18416");
            registry.add(source + "papers[0].subjects", () -> "APPLICATION_APPROVAL");
        }
        registry.add("consortium.oparl.timeout", () -> "1s");
        // a server of its own, with data of its own
        registry.add("consortium.data-dir", OParlImportTest::ownDataDir);
    }

    private static String ownDataDir() {
        try {
            return java.nio.file.Files.createTempDirectory("consortium-oparl").toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @BeforeAll
    void theCouncilPublishesAndThePartnersExist() {
        COUNCIL.serve("/oparl/body/1", document("body"))
                .serve("/oparl/body/1/papers", document("papers-1"))
                .serve("/oparl/body/1/papers?page=2", document("papers-2"))
                .serve("/oparl/body/1/papers?page=3", document("papers-3"))
                .serve("/oparl/paper/1", document("paper-1"))
                .serve("/oparl/paper/55555", document("paper-55555"))
                .serve("/oparl/agendaitem/5", document("agendaitem-5"))
                .serve("/oparl/meeting/9", document("meeting-9"))
                .serve("/oparl/consultation/2", document("consultation-2"))
                .serve("/oparl/agendaitem/1", document("agendaitem-1"))
                .serve("/oparl/agendaitem/2", document("agendaitem-2"))
                .serve("/oparl/agendaitem/3", document("agendaitem-3-open"))
                .serve("/oparl/meeting/1", document("meeting-1"))
                .serve("/oparl/meeting/2", document("meeting-2"))
                .serve("/oparl/organization/1", document("organization-1"))
                // the same council, but slow to answer its papers
                .serve("/slow/body/1", document("body").replace("/oparl/body/1/papers", "/slow/body/1/papers"))
                .serve("/slow/body/1/papers", document("papers-1")).slow("/slow/body/1/papers", 3000)
                // and one whose second page is broken: its first page's decision must not be imported either
                .serve("/broken/body/1", document("body").replace("/oparl/body/1/papers", "/broken/body/1/papers"))
                .serve("/broken/body/1/papers", document("papers-1").replace("/oparl/body/1/papers?page=2",
                        "/broken/body/1/papers?page=2"))
                .serve("/broken/body/1/papers?page=2", "{\"data\": [ {\"id\": ");
        http = new HttpClient(rest);
        HttpClient lead = http.as("lead");
        lead.command("/api/projects", CutRequests.REGISTER.formatted(PROJECT));
        String partners = "/api/projects/" + PROJECT + "/partners";
        lead.command(partners, CutRequests.JOIN_HAMBURG);
        lead.command(partners, CutRequests.JOIN_LEIPZIG);
        lead.command(partners, CutRequests.JOIN_MUNICH);
    }

    @AfterAll
    void councilCloses() {
        COUNCIL.close();
    }

    private DocumentContext importOf(String partner) {
        ResponseEntity<String> report = http.as("operator").post(IMPORTS + partner, "");
        assertThat(report.getStatusCode().value()).as(report.getBody()).isEqualTo(200);
        return JsonPath.parse(report.getBody());
    }

    @Test
    @Order(1)
    void theFirstImportRecordsTheDecidedFollowedPapersAndReportsTheRest() {
        DocumentContext report = importOf("LHM");
        assertThat(report.read("$.status", String.class)).isEqualTo("COMPLETED");
        assertThat(report.read("$.papersRead", Integer.class)).isEqualTo(6);
        assertThat(report.read("$.papersNotFollowed", Integer.class)).isEqualTo(1);
        assertThat(outcomes(report)).containsExactly(
                "14-20 / V 18416 IMPORTED",
                "14-20 / V 99999 SKIPPED the result 'In die Fraktionen verwiesen' is not known; name its meaning in"
                        + " consortium.oparl.results",
                "20-26 / V 00001 SKIPPED not decided yet (the agenda item has no result)",
                "14-20 / V 11111 SKIPPED deleted in the council's system; what was recorded from it stays",
                FUTURE_REFUSED);

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(munichResolutions()
                .read("$[*].paperReference", List.class)).containsExactly("14-20 / V 18416"));
        DocumentContext resolution = JsonPath.parse((Object) munichResolutions().read("$[0]"));
        assertThat(resolution.read("$.body", String.class)).isEqualTo("Vollversammlung des Stadtrates");
        assertThat(resolution.read("$.sessionDate", String.class)).isEqualTo("2020-05-13");
        assertThat(resolution.read("$.outcome", String.class)).isEqualTo("ADOPTED");
        assertThat(resolution.read("$.votesInFavour", Integer.class)).isEqualTo(70);
        assertThat(resolution.read("$.abstentions", Integer.class)).isEqualTo(10);
        assertThat(resolution.read("$.councilRecord.paper", String.class))
                .isEqualTo(COUNCIL.base() + "/oparl/paper/18416");
        assertThat(resolution.read("$.councilRecord.files", List.class)).containsExactly(
                COUNCIL.base() + "/files/V18416.pdf", COUNCIL.base() + "/files/Beschluss-12.pdf");
        assertThat(resolution.read("$.councilRecord.resolutionText", String.class))
                .startsWith("Der Stadtrat stimmt der Bewerbung");
        assertThat(http.read("/api/audit/events?project=" + PROJECT + "&type=CouncilResolutionPassed")
                .read("$.events[0].principal", String.class)).isEqualTo("oparl-import by operator");
        assertThat(PageSession.signedIn(port, "dashboard").get("/projects/" + PROJECT).body()).contains(
                "href=\"" + COUNCIL.base() + "/oparl/paper/18416\"", "Vorlage im Ratsinformationssystem",
                "Der Stadtrat stimmt der Bewerbung als Modellprojekt Smart Cities zu");
    }

    @Test
    @Order(2)
    void theNextImportAsksForWhatChangedAddsNothingTwiceAndTakesADecisionMadeSince() {
        long events = storedEvents();
        COUNCIL.requests().clear();
        DocumentContext again = importOf("LHM");
        assertThat(COUNCIL.requests()).contains("/oparl/body/1/papers?modified_since=2020-06-03T08:00:00Z",
                "/oparl/paper/1", "/oparl/paper/55555");
        assertThat(outcomes(again)).containsExactly(
                "20-26 / V 00001 SKIPPED not decided yet (the agenda item has no result)", FUTURE_REFUSED);
        assertThat(storedEvents()).isEqualTo(events);

        COUNCIL.serve("/oparl/agendaitem/3", document("agendaitem-3-decided"));
        assertThat(outcomes(importOf("LHM"))).containsExactly("20-26 / V 00001 IMPORTED", FUTURE_REFUSED);
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(munichResolutions()
                .read("$[*].sessionDate", List.class)).containsExactly("2020-05-13", "2021-03-11"));

        jdbc.update("DELETE FROM oparl_import WHERE partner_code = 'LHM'");
        DocumentContext fromScratch = importOf("LHM");
        assertThat(outcomes(fromScratch)).filteredOn(outcome -> outcome.contains("ALREADY_RECORDED"))
                .hasSize(2);
        assertThat(storedEvents()).isEqualTo(events + 1);
    }

    @Test
    @Order(3)
    void aSlowOrBrokenSystemImportsNothingAndSaysWhy() {
        long events = storedEvents();
        DocumentContext slow = importOf("LE");
        assertThat(slow.read("$.status", String.class)).isEqualTo("FAILED");
        assertThat(slow.read("$.error", String.class)).contains("/slow/body/1/papers", "could not be read");
        DocumentContext broken = importOf("FHH");
        assertThat(broken.read("$.status", String.class)).isEqualTo("FAILED");
        assertThat(broken.read("$.error", String.class)).contains("papers?page=2", "not JSON");
        assertThat(broken.read("$.decisions", List.class)).isEmpty();
        COUNCIL.close();
        DocumentContext down = importOf("LHM");
        assertThat(down.read("$.error", String.class)).contains("/oparl/body/1", "could not be read");
        assertThat(storedEvents()).isEqualTo(events);
        assertThat(http.as("operator").read("/api/operations/oparl-imports").read("$.reports[*].status",
                List.class)).containsExactly("FAILED", "FAILED", "FAILED");
    }

    @Test
    void onlyOperatorsImportAndOnlyWhereASystemIsConfigured() {
        assertThat(http.as("lhm").post(IMPORTS + "LHM", "").getStatusCode().value()).isEqualTo(403);
        ResponseEntity<String> none = http.as("operator").post(IMPORTS + "XX", "");
        assertThat(none.getStatusCode().value()).isEqualTo(404);
        assertThat(none.getBody()).contains("No OParl system is configured for partner XX");
    }

    private long storedEvents() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM domainevententry", Long.class);
    }

    private DocumentContext munichResolutions() {
        return JsonPath.parse((Object) http.read("/api/projects/" + PROJECT + "/resolutions")
                .read("$.partners[?(@.partnerCode == 'LHM')].resolutions[*]"));
    }

    private static List<String> outcomes(DocumentContext report) {
        List<Map<String, Object>> decisions = report.read("$.decisions");
        return decisions.stream().map(d -> d.get("reference") + " " + d.get("outcome")
                + (d.get("outcome").equals("IMPORTED") || d.get("outcome").equals("ALREADY_RECORDED") ? ""
                : " " + d.get("detail").toString().replaceAll("; today is .*", ""))).toList();
    }

    private static String document(String name) {
        try {
            return new ClassPathResource("oparl/" + name + ".json").getContentAsString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
