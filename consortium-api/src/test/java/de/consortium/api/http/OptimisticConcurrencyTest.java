package de.consortium.api.http;

import com.jayway.jsonpath.JsonPath;
import de.consortium.api.ApiTest;
import de.consortium.api.CutRequests;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** A partner's read model carries its version as ETag; a command on a stale version gets 412 and changes nothing. */
class OptimisticConcurrencyTest extends ApiTest {

    private static final String PARTNER = "/api/projects/SC20-ETAG/partners/LHM";

    private static HttpHeaders header(String name, String value) {
        HttpHeaders headers = new HttpHeaders();
        headers.set(name, value);
        return headers;
    }

    @Test
    void aCommandOnAStaleVersionGets412AndOnTheCurrentOneIsHandled() {
        CutRequests.munichFunded(http, "SC20-ETAG");
        await().atMost(Duration.ofSeconds(10)).until(() -> http.get(PARTNER).getStatusCode().value() == 200);
        assertThat(http.get(PARTNER).getHeaders().getETag()).isEqualTo("\"5\"");
        assertThat(http.get(PARTNER, header(HttpHeaders.IF_NONE_MATCH, "\"5\"")).getStatusCode().value())
                .isEqualTo(304);

        long events = storedEvents();
        ResponseEntity<String> stale = http.as("lhm").post(PARTNER + "/request-disbursement",
                CutRequests.MUNICH_FIRST_REQUEST, header(HttpHeaders.IF_MATCH, "\"4\""));
        assertThat(stale.getStatusCode().value()).isEqualTo(412);
        assertThat(stale.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(storedEvents()).isEqualTo(events);

        ResponseEntity<String> current = http.as("lhm").post(PARTNER + "/request-disbursement",
                CutRequests.MUNICH_FIRST_REQUEST, header(HttpHeaders.IF_MATCH, "\"5\""));
        assertThat(current.getStatusCode().value()).isEqualTo(201);
        assertThat(http.as("lhm").post(PARTNER + "/request-disbursement", CutRequests.MUNICH_FIRST_REQUEST,
                header(HttpHeaders.IF_MATCH, "version five")).getStatusCode().value()).isEqualTo(400);
    }

    @Test
    void thePayerMustNotBeTheApprover() {
        CutRequests.munichFunded(http, "SC20-FOUR");
        String partner = "/api/projects/SC20-FOUR/partners/LHM";
        http.as("lhm").command(partner + "/request-disbursement", CutRequests.MUNICH_FIRST_REQUEST);
        http.as("kfw-approver").command(partner + "/disbursements/LHM-2021-1/approve",
                "{\"approvedOn\": \"2021-07-20\"}");
        ResponseEntity<String> sameHand = http.as("kfw-approver").post(partner + "/disbursements/LHM-2021-1/pay",
                "{\"paidOn\": \"2021-07-31\"}");
        assertThat(sameHand.getStatusCode().value()).isEqualTo(409);
        assertThat(sameHand.getBody()).contains("\"rule\":\"four-eyes\"");
        http.as("kfw-payer").command(partner + "/disbursements/LHM-2021-1/pay", "{\"paidOn\": \"2021-07-31\"}");
    }

    @Test
    void theVersionRightAfterACommandIsTheOneItAnsweredNotTheReadModelsThatMayLag() {
        CutRequests.munichFunded(http, "SC20-LAG");
        String partner = "/api/projects/SC20-LAG/partners/LHM";
        await().atMost(Duration.ofSeconds(10)).until(() -> http.get(partner).getStatusCode().value() == 200);
        for (int i = 0; i < 5; i++) {
            long answered = http.as("lhm").command(partner + "/pass-council-resolution",
                    CutRequests.MUNICH_RESOLUTION.replace("14-20 / V 18416", "LAG-" + i)).read("$.version", Long.class);
            ResponseEntity<String> read = http.get(partner);
            assertThat(read.getHeaders().getETag()).isEqualTo("\"" + answered + "\"");
            assertThat(JsonPath.parse(read.getBody()).read("$.version", Long.class)).isEqualTo(answered);
        }
    }
}
