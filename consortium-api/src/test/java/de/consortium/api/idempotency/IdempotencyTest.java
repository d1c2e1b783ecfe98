package de.consortium.api.idempotency;

import de.consortium.api.ApiTest;
import de.consortium.api.CutRequests;
import de.consortium.api.HttpClient;
import de.consortium.api.messaging.CommandAttempt;
import de.consortium.domain.project.PartnerId;
import de.consortium.domain.resolution.PassCouncilResolution;
import de.consortium.domain.resolution.ResolutionOutcome;
import de.consortium.domain.resolution.ResolutionSubject;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A retry with the same Idempotency-Key returns the first answer and appends nothing. */
class IdempotencyTest extends ApiTest {

    @Autowired
    private CommandGateway commandGateway;
    @Autowired
    private IdempotentRequests requests;

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

    @Test
    void theAttemptThatStoredTheEventsIsRecordedInTheirTransaction() {
        CutRequests.munichFunded(http, "SC20-IDEM4");
        ResponseEntity<String> answer = http.as("lhm").post("/api/projects/SC20-IDEM4/partners/LHM/request-disbursement",
                CutRequests.MUNICH_FIRST_REQUEST, key("recorded"));

        Map<String, Object> row = jdbc.queryForMap("SELECT attempt, owner, aggregate_id, aggregate_version, status"
                + " FROM idempotent_request WHERE principal = 'lhm' AND idempotency_key = 'recorded'");
        assertThat(row).containsEntry("attempt", 1).containsEntry("aggregate_id", "SC20-IDEM4/LHM")
                .containsEntry("status", 201).containsEntry("owner", null);
        assertThat(answer.getBody()).contains("\"version\":" + row.get("aggregate_version"));
        assertThat(jdbc.queryForObject("SELECT MAX(sequencenumber) FROM domainevententry"
                + " WHERE aggregateidentifier = 'SC20-IDEM4/LHM'", Long.class)).isEqualTo(row.get("aggregate_version"));
    }

    @Test
    void anAttemptThatWasTakenOverStoresNoEvent() {
        CutRequests.munichFunded(http, "SC20-IDEM5");
        CommandAttempt first = requests.begin("lhm", "taken-over", "hash").orElseThrow();
        requests.takeOver(requests.find("lhm", "taken-over").orElseThrow()).orElseThrow();
        long events = storedEvents();

        PassCouncilResolution late = new PassCouncilResolution(new PartnerId("SC20-IDEM5", "LHM"), "LATE-1", "t",
                "Stadtrat", LocalDate.of(2020, 3, 1), true, Set.of(ResolutionSubject.STRATEGY_ADOPTION),
                ResolutionOutcome.ADOPTED, null, List.of(), null, null);
        assertThatThrownBy(() -> commandGateway.sendAndWait(GenericCommandMessage.asCommandMessage(late)
                .andMetaData(first.metaData()))).isInstanceOf(AttemptSuperseded.class);
        assertThat(storedEvents()).isEqualTo(events);
    }
}
