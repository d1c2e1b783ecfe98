package de.consortium.api;

import com.jayway.jsonpath.DocumentContext;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The CUT case over REST, from register-project to a paid disbursement, read back from every read model. */
class CutFlowTest extends ApiTest {

    private static final String PROJECT = "SC20-SFQRL";
    private static final String BASE = "/api/projects/" + PROJECT;

    @Test
    void fromRegistrationToAPaidDisbursement() {
        CutRequests.munichFunded(http, PROJECT);
        DocumentContext requested = http.command(BASE + "/partners/LHM/request-disbursement",
                CutRequests.MUNICH_FIRST_REQUEST);
        assertThat(requested.read("$.requestId", String.class)).isEqualTo("LHM-2021-1");
        assertThat(requested.read("$.aggregateId", String.class)).isEqualTo("SC20-SFQRL/LHM");
        assertThat(requested.read("$.version", Long.class)).isEqualTo(6L);
        http.command(BASE + "/partners/LHM/disbursements/LHM-2021-1/approve", "{\"approvedOn\": \"2021-07-20\"}");
        DocumentContext paid = http.command(BASE + "/partners/LHM/disbursements/LHM-2021-1/pay",
                "{\"paidOn\": \"2021-07-31\"}");
        assertThat(paid.read("$.version", Long.class)).isEqualTo(8L);

        await().atMost(Duration.ofSeconds(10)).untilAsserted(this::everyReadModelShowsThePaidDisbursement);
    }

    private void everyReadModelShowsThePaidDisbursement() {
        List<Map<String, Object>> projects = http.read("/api/projects").read("$[?(@.projectId == 'SC20-SFQRL')]");
        assertThat(projects).singleElement().satisfies(p -> assertThat(p.get("partners"))
                .isEqualTo(List.of("FHH", "LE", "LHM")));

        DocumentContext status = http.read(BASE);
        assertThat(status.read("$.stage", String.class)).isEqualTo("CONSORTIUM_FORMING");
        assertThat(status.read("$.partners[*].partnerCode", List.class)).containsExactly("FHH", "LE", "LHM");
        assertThat(status.read("$.partners[?(@.partnerCode == 'LHM')].stage", List.class)).containsExactly("FUNDED");
        assertThat(status.read("$.partners[?(@.partnerCode == 'LHM')].version", List.class)).containsExactly(8);
        assertThat(status.read("$.partners[?(@.partnerCode == 'LE')].missingPrerequisites[*]", List.class))
                .containsExactly("cost and financing plan missing",
                        "council resolution approving the application missing",
                        "council resolution financing the own share missing");

        DocumentContext budget = http.read(BASE + "/budget");
        assertThat(budget.read("$.partners[?(@.partnerCode == 'LHM')].eligibleCosts", List.class))
                .containsExactly(9777692.31);
        assertThat(budget.read("$.partners[?(@.partnerCode == 'LHM')].grant", List.class)).containsExactly(6355500.0);
        assertThat(budget.read("$.partners[?(@.partnerCode == 'LHM')].ownShare", List.class))
                .containsExactly(3422192.31);
        assertThat(budget.read("$.partners[?(@.partnerCode == 'LHM')].drawdown", List.class)).containsExactly(
                Map.of("granted", 6355500.0, "requested", 260000.0, "approved", 260000.0, "paid", 260000.0,
                        "remaining", 6095500.0, "reclaimed", 0.0, "interestClaimed", 0.0));

        DocumentContext resolutions = http.read(BASE + "/resolutions");
        assertThat(resolutions.read("$.partners[?(@.partnerCode == 'LHM')].required[*].state", List.class))
                .containsExactly("SATISFIED", "SATISFIED", "SATISFIED");
        assertThat(resolutions.read("$.partners[?(@.partnerCode == 'LHM')].resolutions[*].paperReference",
                List.class)).containsExactly("14-20 / V 12345", "14-20 / V 18416");

        DocumentContext disbursements = http.read(BASE + "/disbursements");
        assertThat(disbursements.read("$.disbursements[*].status", List.class)).containsExactly("PAID");
        assertThat(disbursements.read("$.disbursements[*].grantAmount", List.class)).containsExactly(260000.0);
        assertThat(disbursements.read("$.disbursements[*].paidOn", List.class)).containsExactly("2021-07-31");
    }

    @Test
    void theOpenApiDocumentDescribesTheCommands() {
        DocumentContext api = http.read("/v3/api-docs");
        Map<String, Object> paths = api.read("$.paths");
        assertThat(paths).containsKeys("/api/projects", "/api/projects/{projectId}/budget",
                "/api/projects/{projectId}/partners/{partner}/request-disbursement",
                "/api/projects/{projectId}/partners/{partner}/disbursements/{requestId}/pay");
        assertThat(http.get("/swagger-ui/index.html").getStatusCode().value()).isEqualTo(200);
    }
}
