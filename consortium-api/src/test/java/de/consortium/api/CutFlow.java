package de.consortium.api;

import com.jayway.jsonpath.DocumentContext;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The CUT case over REST, from register-project to a paid disbursement, read back from every read model: the same
 * flow for every way to run the server (embedded, PostgreSQL, Axon Server).
 */
public final class CutFlow {

    private final HttpClient http;
    private final String projectId;
    private final String base;

    public CutFlow(HttpClient http, String projectId) {
        this.http = http;
        this.projectId = projectId;
        this.base = "/api/projects/" + projectId;
    }

    public void fromRegistrationToAPaidDisbursement() {
        CutRequests.munichFunded(http, projectId);
        DocumentContext requested = http.as("lhm").command(base + "/partners/LHM/request-disbursement",
                CutRequests.MUNICH_FIRST_REQUEST);
        assertThat(requested.read("$.requestId", String.class)).isEqualTo("LHM-2021-1");
        assertThat(requested.read("$.aggregateId", String.class)).isEqualTo(projectId + "/LHM");
        assertThat(requested.read("$.version", Long.class)).isEqualTo(6L);
        http.as("kfw-approver").command(base + "/partners/LHM/disbursements/LHM-2021-1/approve", "{\"approvedOn\": \"2021-07-20\"}");
        DocumentContext paid = http.as("kfw-payer").command(base + "/partners/LHM/disbursements/LHM-2021-1/pay",
                "{\"paidOn\": \"2021-07-31\"}");
        assertThat(paid.read("$.version", Long.class)).isEqualTo(8L);

        await().atMost(Duration.ofSeconds(20)).untilAsserted(this::everyReadModelShowsThePaidDisbursement);
    }

    void everyReadModelShowsThePaidDisbursement() {
        List<Map<String, Object>> projects = http.read("/api/projects?limit=1000")
                .read("$[?(@.projectId == '" + projectId + "')]");
        assertThat(projects).singleElement().satisfies(p -> assertThat(p.get("partners"))
                .isEqualTo(List.of("FHH", "LE", "LHM")));

        DocumentContext status = http.read(base);
        assertThat(status.read("$.stage", String.class)).isEqualTo("CONSORTIUM_FORMING");
        assertThat(status.read("$.partners[*].partnerCode", List.class)).containsExactly("FHH", "LE", "LHM");
        assertThat(status.read("$.partners[?(@.partnerCode == 'LHM')].stage", List.class)).containsExactly("FUNDED");
        assertThat(status.read("$.partners[?(@.partnerCode == 'LHM')].version", List.class)).containsExactly(8);
        assertThat(status.read("$.partners[?(@.partnerCode == 'LE')].missingPrerequisites[*].description", List.class))
                .containsExactly("cost and financing plan missing",
                        "council resolution approving the application missing",
                        "council resolution financing the own share missing");

        DocumentContext budget = http.read(base + "/budget");
        assertThat(budget.read("$.partners[?(@.partnerCode == 'LHM')].eligibleCosts", List.class))
                .containsExactly(9777692.31);
        assertThat(budget.read("$.partners[?(@.partnerCode == 'LHM')].grant", List.class)).containsExactly(6355500.0);
        assertThat(budget.read("$.partners[?(@.partnerCode == 'LHM')].ownShare", List.class))
                .containsExactly(3422192.31);
        assertThat(budget.read("$.partners[?(@.partnerCode == 'LHM')].drawdown", List.class)).containsExactly(
                Map.of("granted", 6355500.0, "requested", 260000.0, "approved", 260000.0, "paid", 260000.0,
                        "remaining", 6095500.0, "reclaimed", 0.0, "interestClaimed", 0.0));

        DocumentContext resolutions = http.read(base + "/resolutions");
        assertThat(resolutions.read("$.partners[?(@.partnerCode == 'LHM')].required[*].state", List.class))
                .containsExactly("SATISFIED", "SATISFIED", "SATISFIED");
        assertThat(resolutions.read("$.partners[?(@.partnerCode == 'LHM')].resolutions[*].paperReference",
                List.class)).containsExactly("14-20 / V 12345", "14-20 / V 18416");

        DocumentContext disbursements = http.read(base + "/disbursements");
        assertThat(disbursements.read("$.disbursements[*].status", List.class)).containsExactly("PAID");
        assertThat(disbursements.read("$.disbursements[*].grantAmount", List.class)).containsExactly(260000.0);
        assertThat(disbursements.read("$.disbursements[*].paidOn", List.class)).containsExactly("2021-07-31");
    }
}
