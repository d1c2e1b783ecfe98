package de.consortium.api.http;

import de.consortium.api.ApiTest;
import de.consortium.api.CutRequests;
import de.consortium.api.HttpClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.RequestEntity;
import org.springframework.http.ResponseEntity;

import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * Hostile input: every answer is a 4xx problem+json, none a 500, and the event store is unchanged afterwards.
 * Requests go out as raw URIs, so that path tricks reach the server as written.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HostileInputTest extends ApiTest {

    private static final String PARTNER = "/api/projects/SC20-HOSTILE/partners/LHM";
    private static final String RESOLUTION = PARTNER + "/pass-council-resolution";
    private static final String REQUEST = PARTNER + "/request-disbursement";

    @Autowired
    private TestRestTemplate rest;
    private long eventsBefore;

    @BeforeAll
    void munichFunded() {
        CutRequests.munichFunded(new HttpClient(rest), "SC20-HOSTILE");
        eventsBefore = jdbc.queryForObject("SELECT COUNT(*) FROM domainevententry", Long.class);
    }

    static Stream<Arguments> hostileBodies() {
        String resolution = CutRequests.MUNICH_RESOLUTION;
        return Stream.of(
                arguments(RESOLUTION, "not json at all"),
                arguments(RESOLUTION, "{\"paperReference\": "),
                arguments(RESOLUTION, resolution + " trailing"),
                arguments(RESOLUTION, resolution.replace("\"sessionDate\": \"2020-05-13\"", "\"sessionDate\": 20200513")),
                arguments(RESOLUTION, resolution.replace("\"publicSession\": true", "\"publicSession\": \"maybe\"")),
                arguments(RESOLUTION, resolution.replace("\"outcome\": \"ADOPTED\"", "\"outcome\": null")),
                arguments(RESOLUTION, resolution.replace("\"outcome\": \"ADOPTED\"",
                        "\"outcome\": \"ADOPTED\", \"outcome\": \"REJECTED\"")),
                arguments(RESOLUTION, resolution.replace("ADOPTED", "APPLAUDED")),
                arguments(RESOLUTION, resolution.replace("14-20 / V 18416", "14-20 \\u0000 V 18416")),
                arguments(RESOLUTION, resolution.replace("14-20 / V 18416", "14-20 \\u0007 V 18416")),
                arguments(RESOLUTION, resolution.replace("14-20 / V 18416", "V".repeat(10_000))),
                arguments(RESOLUTION, resolution.replace("Bewerbung", "B".repeat(200_000))),
                arguments(RESOLUTION, "{\"x\": \"" + "A".repeat(2_000_000) + "\"}"),
                arguments(RESOLUTION, "[" .repeat(100_000)),
                arguments(RESOLUTION, "{}"),
                arguments(RESOLUTION, "null"),
                arguments(REQUEST, CutRequests.MUNICH_FIRST_REQUEST.replace("400000.00", "1e400")),
                arguments(REQUEST, CutRequests.MUNICH_FIRST_REQUEST.replace("400000.00", "99999999999999999999999.99")),
                arguments(REQUEST, CutRequests.MUNICH_FIRST_REQUEST.replace("400000.00", "-0.01")),
                arguments(REQUEST, CutRequests.MUNICH_FIRST_REQUEST.replace("400000.00", "0.001")),
                arguments(REQUEST, CutRequests.MUNICH_FIRST_REQUEST.replace("400000.00", "\"NaN\"")),
                arguments(REQUEST, CutRequests.MUNICH_FIRST_REQUEST.replace("400000.00", "Infinity")),
                arguments(REQUEST, CutRequests.MUNICH_FIRST_REQUEST.replace("\"year\": 2021", "\"year\": 99999999999")),
                arguments(REQUEST, CutRequests.MUNICH_FIRST_REQUEST.replace("LHM-2021-1", "../../etc/passwd")),
                arguments(REQUEST, CutRequests.MUNICH_FIRST_REQUEST.replace("LHM-2021-1", "x".repeat(65))));
    }

    @ParameterizedTest
    @MethodSource("hostileBodies")
    void aHostileBodyIsRefusedWithAProblem(String path, String body) {
        assertRefusedWithAProblem(send(HttpMethod.POST, path, body, "lhm"));
    }

    static Stream<Arguments> valuesOfTheWrongKind() {
        String resolution = CutRequests.MUNICH_RESOLUTION;
        String session = "\"sessionDate\": \"2020-05-13\"";
        String paper = "14-20 / V 18416";
        return Stream.of(
                arguments("lead", "/api/projects", CutRequests.REGISTER.replace("\"%s\"", "123")),
                arguments("lead", PARTNER + "/cost-plan", CutRequests.MUNICH_COST_PLAN.replace("1900000.00",
                        "\"1900000.00\"")),
                arguments("lhm", REQUEST, CutRequests.MUNICH_FIRST_REQUEST.replace("\"LHM-2021-1\"", "1.5")),
                arguments("lhm", REQUEST, CutRequests.MUNICH_FIRST_REQUEST.replace("\"year\": 2021", "\"year\": \"2021\"")),
                arguments("kfw-approver", PARTNER + "/disbursements/LHM-2021-1/reject",
                        "{\"rejectedOn\": \"2021-07-10\", \"reason\": true}"),
                arguments("lhm", RESOLUTION, resolution.replace("\"publicSession\": true", "\"publicSession\": \"true\"")),
                arguments("lhm", RESOLUTION, resolution.replace("\"publicSession\": true", "\"publicSession\": 1")),
                arguments("lhm", RESOLUTION, resolution.replace(session, "\"sessionDate\": \" 2020-05-13\"")),
                arguments("lhm", RESOLUTION, resolution.replace(session, "\"sessionDate\": \"2020-05-13\\u0000\"")),
                arguments("lhm", RESOLUTION, resolution.replace(session, "\"sessionDate\": \"2020-02-29T00:00:00Z\"")),
                arguments("lhm", RESOLUTION, resolution.replace(session, "\"sessionDate\": \"0001-01-01\"")),
                arguments("lhm", RESOLUTION, resolution.replace(session, "\"sessionDate\": \"-0001-01-01\"")),
                arguments("lhm", RESOLUTION, resolution.replace(session, "\"sessionDate\": \"+2020-05-13\"")),
                arguments("lhm", RESOLUTION, resolution.replace(session, "\"sessionDate\": \"2021-02-29\"")),
                arguments("lhm", RESOLUTION, resolution.replace(session, "\"sessionDate\": [2020, 5, 13]")),
                arguments("lhm", RESOLUTION, resolution.replace(paper, "14-20 \\ud83d V 18416")),
                arguments("lhm", RESOLUTION, resolution.replace(paper, "14-20 \\ude00\\ud83d V 18416")),
                arguments("lhm", RESOLUTION, resolution.replace(paper, "14-20 \\uffff V 18416")),
                arguments("lhm", RESOLUTION, resolution.replace(paper, "14-20 \\ufdd0 V 18416")),
                arguments("lhm", RESOLUTION, resolution.replace(paper, "14-20 \\udbff\\udfff V 18416")));
    }

    @ParameterizedTest
    @MethodSource("valuesOfTheWrongKind")
    void aValueOfTheWrongKindIsRefusedAsInvalid(String user, String path, String body) {
        ResponseEntity<String> response = send(HttpMethod.POST, path, body, user);
        assertRefusedWithAProblem(response);
        assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(400);
    }

    @ParameterizedTest
    @ValueSource(strings = {"application/xml", "text/html", "image/png", "text/csv;q=1, application/xml"})
    void aCommandWhoseAnswerTheClientCannotReadIsNotRun(String accept) {
        long events = storedEvents();
        ResponseEntity<String> response = rest.exchange(RequestEntity.post(uri(RESOLUTION))
                .headers(headers -> {
                    headers.setBasicAuth("lhm", "lhm-demo");
                    headers.set("Accept", accept);
                }).contentType(MediaType.APPLICATION_JSON)
                .body(CutRequests.MUNICH_RESOLUTION.replace("14-20 / V 18416", "ACCEPT-" + accept)), String.class);
        assertThat(response.getStatusCode().value()).isEqualTo(406);
        assertRefusedWithAProblem(response);
        assertThat(storedEvents()).isEqualTo(events);
    }

    @Test
    void aMultipartCommandIsRefusedUnread() {
        ResponseEntity<String> response = rest.exchange(RequestEntity.post(uri(RESOLUTION))
                .headers(headers -> headers.setBasicAuth("lhm", "lhm-demo"))
                .contentType(MediaType.parseMediaType("multipart/form-data; boundary=xyz"))
                .body("--xyz\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\n"
                        + CutRequests.MUNICH_RESOLUTION + "\r\n--xyz--\r\n"), String.class);
        assertThat(response.getStatusCode().value()).isEqualTo(415);
        assertRefusedWithAProblem(response);
    }

    @Test
    void aChunkedBodyThatIsNotChunkedIsRefusedWithAProblem() throws Exception {
        URI server = uri("/");
        try (Socket socket = new Socket(server.getHost(), server.getPort())) {
            socket.setSoTimeout(10_000);
            String body = CutRequests.MUNICH_RESOLUTION;
            String request = "POST " + RESOLUTION + " HTTP/1.1\r\nHost: localhost\r\n"
                    + "Authorization: Basic " + Base64.getEncoder().encodeToString("lhm:lhm-demo".getBytes(
                    StandardCharsets.UTF_8)) + "\r\nContent-Type: application/json\r\n"
                    + "Transfer-Encoding: chunked\r\nConnection: close\r\n\r\n" + body + "\r\n\r\n";
            socket.getOutputStream().write(request.getBytes(StandardCharsets.UTF_8));
            String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(answer).startsWith("HTTP/1.1 400");
            assertThat(answer).containsIgnoringCase("Content-Type: application/problem+json");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "/api/projects/..%2F..%2Fetc/budget", "/api/projects/%2e%2e/budget", "/api/projects/SC20%00X",
            "/api/projects/SC20-HOSTILE%2FLHM", "/api/projects/%252e%252e/budget", "/api/projects/SC20-%C3%84%C3%96",
            "/api/projects/SC20-HOSTILE;jsessionid=1/budget", "/api/projects/SC20-HOSTILE/partners/LHM%20",
            "/api/projects/SC20-HOSTILE/partners/l%C3%BCm", "/api/projects/SC20-HOSTILE/partners/..",
            "/api/projects/%7B%7D%3Cscript%3E", "/api/projects/SC20-HOSTILE/partners/LHM/..%5C..%5Cdisbursements"})
    void aPathTrickIsRefusedWithAProblem(String path) {
        assertRefusedWithAProblem(send(HttpMethod.GET, path, null, "lhm"));
        assertRefusedWithAProblem(send(HttpMethod.POST, path + "/pass-council-resolution",
                CutRequests.MUNICH_RESOLUTION, "lhm"));
    }

    @Test
    void aVeryLongIdIsRefusedWithAProblem() {
        assertRefusedWithAProblem(send(HttpMethod.GET, "/api/projects/" + "A".repeat(5000), null, "lhm"));
        assertRefusedWithAProblem(send(HttpMethod.POST, "/api/projects/SC20-HOSTILE/partners/" + "L".repeat(300)
                + "/pass-council-resolution", CutRequests.MUNICH_RESOLUTION, "lhm"));
    }

    @Test
    void otherMethodsAndMediaTypesAreRefusedWithAProblem() {
        assertRefusedWithAProblem(send(HttpMethod.DELETE, "/api/projects/SC20-HOSTILE", null, "lead"));
        assertRefusedWithAProblem(send(HttpMethod.PUT, RESOLUTION, CutRequests.MUNICH_RESOLUTION, "lhm"));
        ResponseEntity<String> text = rest.exchange(RequestEntity.post(uri(RESOLUTION))
                .headers(headers -> headers.setBasicAuth("lhm", "lhm-demo")).contentType(MediaType.TEXT_PLAIN)
                .body(CutRequests.MUNICH_RESOLUTION), String.class);
        assertRefusedWithAProblem(text);
    }

    @AfterAll
    void theEventStoreIsUnchanged() {
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM domainevententry", Long.class)).isEqualTo(eventsBefore);
    }

    private ResponseEntity<String> send(HttpMethod method, String path, String body, String user) {
        RequestEntity.BodyBuilder request = RequestEntity.method(method, uri(path))
                .headers(headers -> headers.setBasicAuth(user, user + "-demo"));
        return rest.exchange(body == null ? request.build()
                : request.contentType(MediaType.APPLICATION_JSON).body(body), String.class);
    }

    private URI uri(String path) {
        return URI.create(rest.getRootUri() + path);
    }

    private static void assertRefusedWithAProblem(ResponseEntity<String> response) {
        assertThat(response.getStatusCode().value()).as(response.getBody()).isBetween(400, 499);
        assertThat(response.getHeaders().getContentType()).as(response.getBody())
                .satisfies(type -> assertThat(type.isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).isTrue());
    }
}
