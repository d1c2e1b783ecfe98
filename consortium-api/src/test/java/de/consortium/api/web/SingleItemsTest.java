package de.consortium.api.web;

import com.jayway.jsonpath.DocumentContext;
import de.consortium.api.ApiTest;
import de.consortium.api.CutRequests;
import org.junit.jupiter.api.Test;
import org.springframework.http.ResponseEntity;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** What a command creates can be read on its own, where the answer's Location says; answers name their subject. */
class SingleItemsTest extends ApiTest {

    private static final String PARTNER = "/api/projects/SC20-ITEMS/partners/LHM";

    @Test
    void aRequestIsReadWhereItsLocationSaysAndEveryStepNamesIt() {
        CutRequests.munichFunded(http, "SC20-ITEMS");
        ResponseEntity<String> created = http.as("lhm").post(PARTNER + "/request-disbursement",
                CutRequests.MUNICH_FIRST_REQUEST);
        assertThat(created.getStatusCode().value()).isEqualTo(201);
        assertThat(created.getHeaders().getLocation()).hasToString(PARTNER + "/disbursements/LHM-2021-1");

        DocumentContext approved = http.as("kfw-approver").command(PARTNER + "/disbursements/LHM-2021-1/approve",
                "{\"approvedOn\": \"2021-07-20\"}");
        assertThat(approved.read("$.requestId", String.class)).isEqualTo("LHM-2021-1");
        assertThat(approved.read("$.partner", String.class)).isEqualTo("LHM");

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(http
                .read(created.getHeaders().getLocation().toString()).read("$.status", String.class))
                .isEqualTo("APPROVED"));
        assertThat(http.get(PARTNER + "/disbursements/NOPE").getStatusCode().value()).isEqualTo(404);
        assertThat(http.get("/api/projects/SC20-ITEMS/partners/LE/disbursements/LHM-2021-1").getStatusCode().value())
                .isEqualTo(404);
        assertThat(http.get(PARTNER + "/proofs-of-use/P-1").getStatusCode().value()).isEqualTo(404);
        assertThat(http.get(PARTNER + "/repayment-claims/C-1").getStatusCode().value()).isEqualTo(404);
    }
}
