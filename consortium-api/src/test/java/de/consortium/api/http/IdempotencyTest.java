package de.consortium.api.http;

import de.consortium.api.ApiTest;
import de.consortium.api.CutRequests;
import de.consortium.api.HttpClient;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import static org.assertj.core.api.Assertions.assertThat;

/** A retry with the same Idempotency-Key returns the first answer and appends nothing. */
class IdempotencyTest extends ApiTest {

    private static HttpHeaders key(String key) {
        HttpHeaders headers = new HttpHeaders();
        headers.set("Idempotency-Key", key);
        return headers;
    }

    @Test
    void aRetryGetsTheFirstAnswerAndAppendsNothing() {
        CutRequests.munichFunded(http, "SC20-IDEM");
        HttpClient munich = http.as("lhm");
        String path = "/api/projects/SC20-IDEM/partners/LHM/request-disbursement";
        ResponseEntity<String> first = munich.post(path, CutRequests.MUNICH_FIRST_REQUEST, key("retry-1"));
        long events = storedEvents();
        ResponseEntity<String> retry = munich.post(path, CutRequests.MUNICH_FIRST_REQUEST, key("retry-1"));

        assertThat(first.getStatusCode().value()).isEqualTo(201);
        assertThat(retry.getStatusCode().value()).isEqualTo(201);
        assertThat(retry.getBody()).isEqualTo(first.getBody());
        assertThat(retry.getHeaders().getLocation()).isEqualTo(first.getHeaders().getLocation());
        assertThat(retry.getHeaders().getFirst("Idempotent-Replayed")).isEqualTo("true");
        assertThat(storedEvents()).isEqualTo(events);
    }

    @Test
    void theSameKeyWithAnotherBodyIsRefused() {
        CutRequests.munichFunded(http, "SC20-IDEM2");
        HttpClient munich = http.as("lhm");
        String path = "/api/projects/SC20-IDEM2/partners/LHM/request-disbursement";
        munich.post(path, CutRequests.MUNICH_FIRST_REQUEST, key("reused"));
        long events = storedEvents();
        ResponseEntity<String> other = munich.post(path,
                CutRequests.MUNICH_FIRST_REQUEST.replace("LHM-2021-1", "LHM-2021-X"), key("reused"));

        assertThat(other.getStatusCode().value()).isEqualTo(422);
        assertThat(other.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(storedEvents()).isEqualTo(events);
    }

    @Test
    void aRefusalIsAnsweredAgainTooAndKeysArePerUser() {
        CutRequests.munichFunded(http, "SC20-IDEM3");
        String path = "/api/projects/SC20-IDEM3/partners/LHM/request-disbursement";
        String tooEarly = CutRequests.MUNICH_FIRST_REQUEST.replace("2021-07-31", "2021-07-30");
        assertThat(http.as("lhm").post(path, tooEarly, key("k")).getStatusCode().value()).isEqualTo(409);
        assertThat(http.as("lhm").post(path, tooEarly, key("k")).getHeaders().getFirst("Idempotent-Replayed"))
                .isEqualTo("true");
        // the same key of another user is another request: Leipzig's lead may not act for Munich
        assertThat(http.as("le").post(path, CutRequests.MUNICH_FIRST_REQUEST, key("k")).getStatusCode().value())
                .isEqualTo(403);
        assertThat(http.as("lhm").post(path, CutRequests.MUNICH_FIRST_REQUEST, key("bad key"))
                .getStatusCode().value()).isEqualTo(400);
    }
}
