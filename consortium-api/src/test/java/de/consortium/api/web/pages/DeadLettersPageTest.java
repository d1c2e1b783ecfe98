package de.consortium.api.web.pages;

import de.consortium.api.ApiTest;
import de.consortium.api.CutRequests;
import de.consortium.api.HttpClient;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * An event a read model cannot process shows on the operators' page, and once the cause is gone, "try again" there
 * processes it: it leaves the list and the read model shows it.
 */
class DeadLettersPageTest extends ApiTest {

    private static final String PROJECT = "SC20-LETTERS";
    private static final Pattern EVENT_ID = Pattern.compile("name=\"eventId\" value=\"([^\"]+)\"");

    @LocalServerPort
    private int port;
    @Autowired
    private TestRestTemplate rest;

    @Test
    void aDeadLetterIsShownAndProcessedAgainOnceItsCauseIsGone() {
        HttpClient http = new HttpClient(rest);
        CutRequests.munichFunded(http, PROJECT);
        await().atMost(Duration.ofSeconds(20)).ignoreExceptions().until(() -> resolutionsOfMunich(http).size() == 2);
        PageSession operator = PageSession.signedIn(port, "operator");
        // the resolutions' table goes missing: the next resolution cannot be shown
        jdbc.execute("ALTER TABLE resolution RENAME TO resolution_away");
        try {
            http.as("lhm").command("/api/projects/" + PROJECT + "/partners/LHM/pass-council-resolution",
                    CutRequests.MUNICH_RESOLUTION.replace("14-20 / V 18416", "PARKED-1"));
            await().atMost(Duration.ofSeconds(20)).until(() -> operator.get("/operations").body()
                    .contains("CouncilResolutionPassed · SC20-LETTERS/LHM"));
        } finally {
            jdbc.execute("ALTER TABLE resolution_away RENAME TO resolution");
        }
        String page = operator.get("/operations").body();
        assertThat(page).contains("<td>resolutions</td>");
        Matcher letter = EVENT_ID.matcher(page);
        assertThat(letter.find()).isTrue();

        String retried = operator.post("/operations/dead-letters/retry", page,
                Map.of("processingGroup", "resolutions", "eventId", letter.group(1))).body();
        assertThat(retried).contains("Erneut versucht: das Ereignis ist verarbeitet.",
                "Keine: jedes Ereignis wurde verarbeitet.");
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(resolutionsOfMunich(http))
                .contains("PARKED-1"));
    }

    private static List<String> resolutionsOfMunich(HttpClient http) {
        return http.as("dashboard").read("/api/projects/" + PROJECT + "/resolutions")
                .read("$.partners[?(@.partnerCode == 'LHM')].resolutions[*].paperReference", List.class);
    }
}
