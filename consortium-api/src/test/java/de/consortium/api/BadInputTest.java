package de.consortium.api;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/** Bad input gets a 400, 404 or 409 problem+json answer, never a 500, and stores nothing. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BadInputTest extends ApiTest {

    private static final String PROJECT = "SC20-BADIN";
    private static final String LHM = "/api/projects/" + PROJECT + "/partners/LHM";

    @Autowired
    private TestRestTemplate rest;

    @BeforeAll
    void munichFunded() {
        CutRequests.munichFunded(new HttpClient(rest), PROJECT);
    }

    static Stream<Arguments> badRequests() {
        return Stream.of(
                arguments("malformed JSON", LHM + "/submit-application", "{\"submittedOn\": ", 400),
                arguments("an empty body", LHM + "/submit-application", "", 400),
                arguments("an array for an object", LHM + "/submit-application", "[]", 400),
                arguments("a missing field", LHM + "/submit-application", "{}", 400),
                arguments("an unknown field", LHM + "/submit-application",
                        "{\"submittedOn\": \"2020-05-19\", \"approvedBy\": \"me\"}", 400),
                arguments("an impossible date", LHM + "/submit-application", "{\"submittedOn\": \"2020-02-30\"}", 400),
                arguments("a wrong type", LHM + "/cost-plan", """
                        {"fundingRate": "STANDARD", "decidedOn": "2020-05-05",
                         "lines": [{"year": "twenty", "costLine": "2.1.1", "eligibleCosts": 1.00}]}""", 400),
                arguments("a fractional year", LHM + "/cost-plan", """
                        {"fundingRate": "STANDARD", "decidedOn": "2020-05-05",
                         "lines": [{"year": 2021.5, "costLine": "2.1.1", "eligibleCosts": 1.00}]}""", 400),
                arguments("a negative amount", LHM + "/request-disbursement",
                        CutRequests.MUNICH_FIRST_REQUEST.replace("400000.00", "-1.00"), 400),
                arguments("a fraction of a cent", LHM + "/request-disbursement",
                        CutRequests.MUNICH_FIRST_REQUEST.replace("400000.00", "0.001"), 400),
                arguments("an amount beyond any budget", LHM + "/request-disbursement",
                        CutRequests.MUNICH_FIRST_REQUEST.replace("400000.00", "1e30"), 400),
                arguments("an unknown cost line", LHM + "/request-disbursement",
                        CutRequests.MUNICH_FIRST_REQUEST.replace("2.1.1", "9.9.9"), 400),
                arguments("an unknown enum value", LHM + "/pass-council-resolution",
                        CutRequests.MUNICH_RESOLUTION.replace("\"ADOPTED\"", "\"APPLAUDED\""), 400),
                arguments("a negative vote count", LHM + "/pass-council-resolution",
                        CutRequests.MUNICH_RESOLUTION.replace("\"publicSession\"",
                                "\"votes\": {\"against\": -1}, \"publicSession\""), 400),
                arguments("a malformed partner code", "/api/projects/" + PROJECT + "/partners/l%20hm/submit-application",
                        CutRequests.MUNICH_APPLICATION, 400),
                arguments("a malformed municipal key", "/api/projects/" + PROJECT + "/partners",
                        CutRequests.JOIN_MUNICH.replace("09162000", "0916"), 400),
                arguments("a partner that has not joined", "/api/projects/" + PROJECT
                        + "/partners/KA/record-grant-decision", CutRequests.MUNICH_GRANT, 404),
                arguments("a project that is not registered", "/api/projects/SC99-NONE/partners",
                        CutRequests.JOIN_MUNICH, 404),
                arguments("an unknown disbursement", LHM + "/disbursements/NOPE/approve",
                        "{\"approvedOn\": \"2021-07-20\"}", 404),
                arguments("a partner joining twice", "/api/projects/" + PROJECT + "/partners",
                        CutRequests.JOIN_MUNICH, 409),
                arguments("a second application", LHM + "/submit-application", CutRequests.MUNICH_APPLICATION, 409),
                arguments("a date in the future", LHM + "/request-disbursement",
                        CutRequests.MUNICH_FIRST_REQUEST.replace("2021-07-05", "2099-07-05"), 409),
                arguments("more than the grant", LHM + "/request-disbursement",
                        CutRequests.MUNICH_FIRST_REQUEST.replace("400000.00", "9777692.32"), 409));
    }

    /** Each command is sent by a user who may send it, so that what is refused is the input. */
    static String userFor(String path) {
        if (path.endsWith("/partners")) {
            return "lead";
        }
        return path.matches(".*/(approve|reject|pay|record-grant-decision|accept|object|claim-repayment)$")
                ? "kfw-approver" : "lhm";
    }

    @ParameterizedTest(name = "{0} -> {3}")
    @MethodSource("badRequests")
    void isRefusedWithAProblemAndStoresNothing(String what, String path, String body, int status) {
        long before = storedEvents();
        ResponseEntity<String> response = http.as(userFor(path)).post(path, body);
        assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(status);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(JsonPath.parse(response.getBody()).read("$.detail", String.class)).isNotBlank();
        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void aRefusalByARuleNamesTheRule() {
        ResponseEntity<String> response = http.as("lhm").post(LHM + "/request-disbursement",
                CutRequests.MUNICH_FIRST_REQUEST.replace("2021-07-31", "2021-07-30"));
        assertThat(response.getStatusCode().value()).isEqualTo(409);
        assertThat(JsonPath.parse(response.getBody()).read("$.rule", String.class)).isEqualTo("payout-at-month-end");
        assertThat(JsonPath.parse(response.getBody()).read("$.type", String.class))
                .isEqualTo("urn:consortium:rule:payout-at-month-end");
    }

    @Test
    void readModelsOfAnUnknownProjectAreNotFound() {
        for (String model : new String[]{"", "/budget", "/resolutions", "/disbursements"}) {
            assertThat(http.get("/api/projects/SC99-NONE" + model).getStatusCode().value()).isEqualTo(404);
        }
    }

    @Test
    void refusalsNameTheExpectedFormatInWordsNotJavaTypes() {
        assertThat(detail(LHM + "/submit-application", "{\"submittedOn\": \"19.05.2020\"}"))
                .isEqualTo("The value at 'submittedOn' is not a date written YYYY-MM-DD (e.g. 2021-07-31): a date is"
                        + " written YYYY-MM-DD, in the years 1900 to 2199.");
        assertThat(detail(LHM + "/pass-council-resolution",
                CutRequests.MUNICH_RESOLUTION.replace("\"ADOPTED\"", "\"APPLAUDED\"")))
                .startsWith("The value at 'outcome' is not one of ADOPTED, ");
        assertThat(detail(LHM + "/submit-application", "{\"submittedOn\": \"2020-05-19\", \"by\": 1}"))
                .isEqualTo("Unknown field 'by'; the fields are: submittedOn.");
        ResponseEntity<String> asOf = http.get("/api/projects/" + PROJECT + "/budget?asOf=yesterday");
        assertThat(asOf.getStatusCode().value()).isEqualTo(400);
        assertThat(JsonPath.parse(asOf.getBody()).read("$.detail", String.class))
                .isEqualTo("asOf: is not a date written YYYY-MM-DD (e.g. 2021-07-31)");
    }

    @Test
    void anUnknownPathIs404AndAMethodAPathDoesNotTakeIs405() {
        ResponseEntity<String> unknown = http.get("/api/nothing-here");
        assertThat(unknown.getStatusCode().value()).isEqualTo(404);
        assertThat(unknown.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(JsonPath.parse(unknown.getBody()).read("$.detail", String.class))
                .isEqualTo("There is nothing at /api/nothing-here; the API's paths are listed at /v3/api-docs.");
        ResponseEntity<String> delete = http.as("lead").delete("/api/projects");
        assertThat(delete.getStatusCode().value()).isEqualTo(405);
        assertThat(delete.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(delete.getHeaders().getAllow()).isNotEmpty();
        assertThat(JsonPath.parse(delete.getBody()).read("$.detail", String.class))
                .isEqualTo("DELETE is not possible here; it takes GET, POST.");
    }

    private String detail(String path, String body) {
        ResponseEntity<String> response = http.as(userFor(path)).post(path, body);
        assertThat(response.getStatusCode().value()).isEqualTo(400);
        return JsonPath.parse(response.getBody()).read("$.detail", String.class);
    }
}
