package de.consortium.api.web.pages;

import de.consortium.api.ApiTest;
import de.consortium.api.CutRequests;
import de.consortium.api.HttpClient;
import de.consortium.api.live.UpdateStream;
import de.consortium.api.web.document.Uploads;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The pages as people get them: signed in by form, in German unless they chose English, only what they may see. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PagesTest extends ApiTest {

    private static final String PROJECT = "SC20-PAGES";
    private static final String ELSEWHERE = "SC20-ELSEWHERE";

    @LocalServerPort
    private int port;
    @Autowired
    private TestRestTemplate rest;

    @BeforeAll
    void projects() {
        HttpClient http = new HttpClient(rest);
        CutRequests.munichFunded(http, PROJECT);
        http.as("lhm").command("/api/projects/" + PROJECT + "/partners/LHM/request-disbursement",
                CutRequests.MUNICH_FIRST_REQUEST);
        http.as("lead").command("/api/projects", CutRequests.REGISTER.formatted(ELSEWHERE));
        // the read models are asynchronous: the pages are read once they show the request
        await().atMost(Duration.ofSeconds(10)).ignoreExceptions().until(() -> http.as("dashboard")
                .read("/api/projects/" + PROJECT + "/disbursements").read("$.disbursements[*].requestId", List.class)
                .contains("LHM-2021-1") && http.as("dashboard").get("/api/projects/" + ELSEWHERE).getStatusCode()
                .value() == 200);
    }

    @Test
    void whoIsNotSignedInIsAskedToSignInInGerman() {
        PageSession anonymous = new PageSession(port);
        HttpResponse<String> home = anonymous.get("/");
        assertThat(home.uri().getPath()).isEqualTo("/login");
        assertThat(home.body()).contains("<html lang=\"de\"", "<label for=\"username\">Benutzername</label>",
                "<label for=\"password\">Passwort</label>");
        HttpResponse<String> failed = anonymous.post("/login", home.body(),
                Map.of("username", "lhm", "password", "guess"));
        assertThat(failed.body()).contains("Benutzername oder Passwort stimmen nicht.");
    }

    @Test
    void aProjectLeadSeesTheProjectsOfItsCityOnly() {
        String portfolio = PageSession.signedIn(port, "lhm").get("/").body();
        assertThat(portfolio).contains(PROJECT, "Konsortium im Aufbau")
                .doesNotContain(ELSEWHERE);
        assertThat(PageSession.signedIn(port, "auditor").get("/").body()).contains(PROJECT, ELSEWHERE);
    }

    @Test
    void thePortfolioShowsFiftyProjectsAPageWithAWayOnAndBack() {
        for (int i = 1; i <= PortfolioPage.PAGE + 1; i++) {
            http.as("lead").command("/api/projects", CutRequests.REGISTER.formatted("ZZ-LIST-%03d".formatted(i)));
        }
        PageSession auditor = PageSession.signedIn(port, "auditor");
        await().atMost(Duration.ofSeconds(10)).until(() -> auditor.get("/?after=ZZ-LIST-050").body()
                .contains("ZZ-LIST-051"));
        String first = auditor.get("/?after=ZZ-LIST").body();
        assertThat(Pattern.compile("<span class=\"sub\">ZZ-LIST-\\d{3}</span>").matcher(first).results().count())
                .isEqualTo(PortfolioPage.PAGE);
        assertThat(first).contains("ZZ-LIST-001", "ZZ-LIST-050", "<a href=\"/?after=ZZ-LIST-050\">Weitere Projekte</a>",
                "<a href=\"/\">Zum Anfang der Liste</a>").doesNotContain("ZZ-LIST-051");
        String last = auditor.get("/?after=ZZ-LIST-050").body();
        assertThat(last).contains("ZZ-LIST-051").doesNotContain("ZZ-LIST-050", "Weitere Projekte");
        HttpResponse<String> bad = auditor.get("/?after=not%20a%20project");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("<h1>Ungültige Angabe</h1>");
    }

    @Test
    void theProjectPageShowsStagesDeadlinesMoneyAndResolutionsInGerman() {
        HttpResponse<String> page = PageSession.signedIn(port, "lhm").get("/projects/" + PROJECT);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains(
                "<td class=\"stage\">Gefördert</td>",
                "Auszahlung Mittelabruf LHM-2021-1",
                "<time datetime=\"2021-07-31\">31.07.2021</time>",
                "überfällig",
                "Verwendungsnachweis Phase B",
                "6.355.500,00\u00a0€",
                "Ratsbeschluss: Zustimmung zur Antragstellung",
                "14-20 / V 18416",
                "beschlossen",
                "Ja –, Nein 0, Enthaltung 10",
                "Haushalt als CSV", "Verwendungsnachweis als Excel-Datei (XLSX)");
        HttpResponse<String> csv = PageSession.signedIn(port, "lhm").get("/projects/" + PROJECT
                + "/exports/disbursements?format=csv");
        assertThat(csv.headers().firstValue("Content-Type")).hasValue("text/csv;charset=UTF-8");
        assertThat(csv.body()).contains("LHM;LHM-2021-1;B;nein;05.07.2021");
    }

    @Test
    void aChangeMadeAfterThePageWasRenderedButBeforeItFollowsReachesThePage() throws Exception {
        PageSession munich = PageSession.signedIn(port, "lhm");
        Matcher live = Pattern.compile("data-live=\"(/projects/" + PROJECT + "/updates\\?since=(\\d+))\"")
                .matcher(munich.get("/projects/" + PROJECT).body());
        assertThat(live.find()).as("the page says up to where it shows the history").isTrue();
        long version = http.as("lhm").command("/api/projects/" + PROJECT + "/partners/LHM/pass-council-resolution",
                CutRequests.MUNICH_RESOLUTION.replace("14-20 / V 18416", "SPAET-GEFOLGT")).read("$.version", Long.class);
        // the read models show the change before the page's script follows: its update went to no one
        await().atMost(Duration.ofSeconds(10)).until(() -> munich.get("/projects/" + PROJECT).body()
                .contains("SPAET-GEFOLGT"));
        try (UpdateStream page = munich.follow(live.group(1))) {
            assertThat(page.next(Duration.ofSeconds(2), told -> told.read("$.sequenceNumber", Long.class) == version
                    && "LHM".equals(told.read("$.partnerCode", String.class)))).isNotNull();
        }
        Matcher again = Pattern.compile("data-live=\"(/projects/" + PROJECT + "/updates\\?since=\\d+)\"")
                .matcher(munich.get("/projects/" + PROJECT).body());
        assertThat(again.find()).isTrue();
        try (UpdateStream page = munich.follow(again.group(1))) {
            assertThat(page.next(Duration.ofMillis(500), told -> true)).as("a page that shows the change is not told"
                    + " of it again").isNull();
        }
    }

    @Test
    void englishIsOneClickAwayAndStays() {
        PageSession session = PageSession.signedIn(port, "lhm");
        String english = session.get("/projects/" + PROJECT + "?lang=en").body();
        assertThat(english).contains("<html lang=\"en\"", "<td class=\"stage\">Funded</td>",
                "Payout of request LHM-2021-1", "€6,355,500.00", "overdue");
        assertThat(session.get("/").body()).contains("<html lang=\"en\"", "Projects");
        assertThat(session.get("/?lang=fr").body()).as("no language but German and English")
                .contains("<html lang=\"de\"");
    }

    @Test
    void whatMayNotBeSeenOrDoesNotExistIsSaidOnAPage() {
        PageSession lhm = PageSession.signedIn(port, "lhm");
        HttpResponse<String> elsewhere = lhm.get("/projects/" + ELSEWHERE);
        assertThat(elsewhere.statusCode()).isEqualTo(403);
        assertThat(elsewhere.body()).contains("<h1>Kein Zugriff</h1>");
        assertThat(lhm.get("/projects/SC99-NONE").statusCode()).as("a lead learns nothing of other projects")
                .isEqualTo(403);
        HttpResponse<String> unknown = PageSession.signedIn(port, "dashboard").get("/projects/SC99-NONE");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.body()).contains("<h1>Nicht gefunden</h1>");
        assertThat(lhm.get("/audit").statusCode()).isEqualTo(403);
        assertThat(lhm.get("/operations").statusCode()).isEqualTo(403);
    }

    @Test
    void auditorsFilterTheHistoryAndVerifyTheChain() {
        PageSession auditor = PageSession.signedIn(port, "auditor");
        String requests = auditor.get("/audit?project=" + PROJECT + "&type=DisbursementRequested").body();
        assertThat(requests).contains("DisbursementRequested", "SC20-PAGES/LHM", "lhm", "Befehl RequestDisbursement")
                .doesNotContain("<summary>GrantAwarded</summary>");
        String inTheWorld = auditor.get("/audit?project=" + PROJECT + "&happenedFrom=2020-05-19&happenedUntil=2020-05-19")
                .body();
        assertThat(inTheWorld).contains("<summary>ApplicationSubmitted</summary>")
                .doesNotContain("<summary>GrantAwarded</summary>");
        HttpResponse<String> verified = auditor.post("/audit/verify", requests, Map.of());
        assertThat(verified.body()).contains("Intakt:");
        HttpResponse<String> bad = auditor.get("/audit?project=not%20a%20project");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("<h1>Ungültige Angabe</h1>");
        HttpResponse<String> csv = auditor.get("/audit/export?format=csv&project=" + PROJECT);
        assertThat(csv.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type)
                .startsWith("text/csv"));
        assertThat(csv.body()).contains("DisbursementRequested");
    }

    @Test
    void operatorsSeeProcessorsAndRequestRebuilds() {
        PageSession operator = PageSession.signedIn(port, "operator");
        String page = operator.get("/operations").body();
        assertThat(page).contains("<th scope=\"row\">budget</th>", "<th scope=\"row\">project-status</th>",
                "Keine: jedes Ereignis wurde verarbeitet.");
        HttpResponse<String> requested = operator.post("/operations/rebuilds", page, Map.of("processor", "budget"));
        assertThat(requested.uri().getPath()).isEqualTo("/operations");
        assertThat(requested.body()).contains("<th scope=\"row\">budget</th>", "operator");
        // the other tests read the budget: let the rebuild finish before they do
        await().atMost(Duration.ofSeconds(20)).until(() -> operator.get("/operations").body()
                .matches("(?s).*<th scope=\"row\">budget</th>\\s*<td>fertig</td>.*"));
        HttpResponse<String> unknown = operator.post("/operations/rebuilds", page, Map.of("processor", "nothing"));
        assertThat(unknown.statusCode()).isEqualTo(404);
    }

    @Test
    void theProjectPageListsTheDocumentsAndAuditorsTakeTheDossier() {
        byte[] report = Uploads.pdf("Ergebnisbericht der Seiten");
        assertThat(new Uploads(rest).upload("lhm", "/api/projects/" + PROJECT + "/partners/LHM", "REPORT",
                "Ergebnisbericht Seiten.pdf", null, report, null).getStatusCode().value()).isEqualTo(201);
        PageSession munich = PageSession.signedIn(port, "lhm");
        await().atMost(Duration.ofSeconds(10)).until(() -> munich.get("/projects/" + PROJECT).body()
                .contains("Ergebnisbericht Seiten.pdf"));
        String page = munich.get("/projects/" + PROJECT).body();
        String link = "/projects/" + PROJECT + "/partners/LHM/documents/" + Uploads.sha256(report);
        assertThat(page).contains("<h2 id=\"unterlagen\">Unterlagen</h2>", "href=\"" + link + "\"", "Bericht",
                "bis fünf Jahre nach dem Verwendungsnachweis");
        HttpResponse<String> download = munich.get(link);
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.body()).isEqualTo(new String(report, java.nio.charset.StandardCharsets.UTF_8));

        PageSession auditor = PageSession.signedIn(port, "auditor");
        assertThat(auditor.get("/audit?project=" + PROJECT).body()).contains("id=\"dossier\"", "Prüfakte (ZIP)");
        HttpResponse<String> dossier = auditor.get("/audit/dossier?project=" + PROJECT + "&partner=");
        assertThat(dossier.statusCode()).isEqualTo(200);
        assertThat(dossier.headers().firstValue("Content-Type")).contains("application/zip");
    }
}
