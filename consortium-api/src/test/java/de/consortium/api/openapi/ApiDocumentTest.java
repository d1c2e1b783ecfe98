package de.consortium.api.openapi;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import de.consortium.api.ApiTest;
import de.consortium.api.CutRequests;
import de.consortium.domain.rules.Rule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.info.BuildProperties;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import java.io.IOException;
import java.time.Duration;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.BiConsumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The API document (/v3/api-docs) says what the server does: its operations named after the commands, every answer
 * the server gives with its headers, one problem schema whose rule is the catalogue, sign-in, examples that are
 * valid, money and enums typed. Then real exchanges, good and bad, are held against it.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ApiDocumentTest extends ApiTest {

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .configure(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES, false);
    private static final String PROJECT = "SC20-DOC";
    private static final String PARTNERS = "/api/projects/" + PROJECT + "/partners";

    @Autowired
    private TestRestTemplate rest;
    @Autowired
    private BuildProperties build;
    private JsonNode document;
    private JsonSchemaCheck schemas;

    @BeforeAll
    void readTheDocument() throws IOException {
        ResponseEntity<String> response = rest.getForEntity("/v3/api-docs", String.class);
        assertThat(response.getStatusCode().value()).isEqualTo(200);
        document = JSON.readTree(response.getBody());
        schemas = new JsonSchemaCheck(document);
    }

    @Test
    void saysWhoPublishesItWhichBuildAndUnderWhichLicence() {
        assertThat(document.path("openapi").asText()).startsWith("3.1");
        JsonNode info = document.path("info");
        assertThat(info.path("title").asText()).isEqualTo("Consortium backend API");
        assertThat(info.path("version").asText()).isEqualTo(build.getVersion()).isNotBlank();
        assertThat(info.path("description").asText()).contains("Idempotency-Key", "If-Match", "problem+json");
        assertThat(info.path("license").path("identifier").asText()).isEqualTo("Apache-2.0");
        assertThat(info.path("contact").path("name").asText()).isEqualTo("Operator of this installation");
        assertThat(document.path("components").path("securitySchemes").path("basicAuth").path("scheme").asText())
                .isEqualTo("basic");
        assertThat(document.path("security").get(0).has("basicAuth")).isTrue();
        assertThat(document.path("paths").has("/error")).isFalse();
    }

    /**
     * docs/openapi.json, from which the build generates the typed client, is the document the server serves. After
     * a change to the API, run this test with -Dopenapi.write=true to write it anew, and commit it.
     */
    @Test
    void thePublishedDocumentIsTheOneTheServerServes() throws IOException {
        Path published = Path.of("..", "docs", "openapi.json");
        ObjectNode served = document.deepCopy();
        served.remove("servers");
        if (Boolean.getBoolean("openapi.write")) {
            Files.writeString(published, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(served) + "\n");
        }
        assertThat(difference("", JSON.readTree(published.toFile()), served)).as("docs/openapi.json is stale: run"
                + " this test with -Dopenapi.write=true").isEmpty();
    }

    /** Where two documents first differ ("" when they do not). */
    private static String difference(String path, JsonNode published, JsonNode served) {
        if (published.isObject() && served.isObject()) {
            Set<String> names = new TreeSet<>(fieldNames(published));
            names.addAll(fieldNames(served));
            for (String name : names) {
                String found = difference(path + "/" + name, published.path(name), served.path(name));
                if (!found.isEmpty()) {
                    return found;
                }
            }
            return "";
        }
        if (published.isArray() && served.isArray() && published.size() == served.size()) {
            for (int i = 0; i < published.size(); i++) {
                String found = difference(path + "/" + i, published.get(i), served.get(i));
                if (!found.isEmpty()) {
                    return found;
                }
            }
            return "";
        }
        boolean same = published.isNumber() && served.isNumber()
                ? published.decimalValue().compareTo(served.decimalValue()) == 0 : published.equals(served);
        return same ? "" : path + ": published " + published + ", served " + served;
    }

    @Test
    void operationsAreNamedAfterTheCommandsAndQueries() {
        assertThat(document.path("tags").findValuesAsText("name")).as("each tag once").doesNotHaveDuplicates();
        assertThat(operations().keySet()).containsExactlyInAnyOrder(
                "registerProject", "joinConsortium", "setCostPlan", "passCouncilResolution", "submitApplication",
                "recordGrantDecision", "requestDisbursement", "approveDisbursement", "rejectDisbursement",
                "payDisbursement", "submitProofOfUse", "acceptProofOfUse", "objectToProofOfUse", "claimRepayment",
                "listProjects", "getProjectStatus", "getPartner", "getBudget", "getResolutions", "getDisbursements",
                "getDisbursement", "getProofOfUse", "getRepaymentClaim", "verifyAuditChain", "listAuditEvents",
                "exportAuditEvents", "rebuildReadModel", "restartRebuild", "cancelRebuild", "getRebuild",
                "followProjectUpdates", "getProjectDeadlines", "getPartnerDeadlines", "exportSheet",
                "listWebhookDeliveries", "replayWebhookDelivery", "uploadDocument", "getProjectDocuments",
                "getPartnerDocuments", "getDocument", "downloadDocument", "deleteDocument", "downloadDossier",
                "importCouncilResolutions", "listCouncilResolutionImports");
    }

    @Test
    void everyOperationDocumentsItsRefusalsAsOneProblemSchema() {
        operations().forEach((id, operation) -> {
            JsonNode responses = operation.path("responses");
            assertThat(fieldNames(responses)).as(id).contains("401", "403", "406");
            responses.properties().stream().filter(r -> r.getKey().matches("[45]\\d\\d")).forEach(r ->
                    assertThat(r.getValue().path("content").path("application/problem+json").path("schema")
                            .path("$ref").asText()).as(id + " " + r.getKey()).isEqualTo("#/components/schemas/Problem"));
            assertThat(fieldNames(responses)).as(id).doesNotContain("500");
        });
        JsonNode problem = document.at("/components/schemas/Problem");
        List<String> rules = new ArrayList<>();
        problem.at("/properties/rule/enum").forEach(rule -> rules.add(rule.asText()));
        assertThat(rules).containsExactlyElementsOf(Arrays.stream(Rule.values()).map(Rule::id).toList());
        assertThat(fieldNames(problem.path("properties"))).contains("type", "title", "status", "detail", "rule",
                "ruleNumber", "titleDe", "errors");
    }

    @Test
    void commandsDocumentTheirAnswersAndHeaders() {
        Set<String> created = Set.of("registerProject", "joinConsortium", "requestDisbursement", "submitProofOfUse",
                "claimRepayment");
        operations().forEach((id, operation) -> {
            if (!operation.at("/requestBody/content/application~1json").isObject()) {
                return;
            }
            JsonNode responses = operation.path("responses");
            String success = created.contains(id) ? "201" : "202";
            assertThat(fieldNames(responses)).as(id).contains(success, "400", "409", "413", "415", "422", "503")
                    .doesNotContain("200", created.contains(id) ? "202" : "201");
            assertThat(responses.at("/" + success + "/content/application~1json/schema/$ref").asText())
                    .isEqualTo("#/components/schemas/CommandAccepted");
            assertThat(fieldNames(responses.at("/" + success + "/headers"))).as(id).contains("Idempotent-Replayed");
            if (created.contains(id)) {
                assertThat(fieldNames(responses.at("/201/headers"))).as(id).contains("Location");
            }
            List<String> headers = operation.path("parameters").findParents("in").stream()
                    .filter(p -> p.path("in").asText().equals("header")).map(p -> p.path("name").asText()).toList();
            assertThat(headers).as(id).contains("Idempotency-Key");
            boolean onPartner = operation.path("parameters").findValuesAsText("name").contains("partner");
            assertThat(headers.contains("If-Match")).as(id + " If-Match").isEqualTo(onPartner);
            assertThat(fieldNames(responses).contains("412")).as(id + " 412").isEqualTo(onPartner);
        });
        JsonNode partner = operations().get("getPartner");
        assertThat(partner.path("parameters").findValuesAsText("name")).contains("If-None-Match");
        assertThat(fieldNames(partner.at("/responses/200/headers"))).contains("ETag");
        assertThat(partner.at("/responses/304").has("content")).isFalse();
        assertThat(fieldNames(operations().get("cancelRebuild").path("responses"))).contains("204", "409");
    }

    @Test
    void anUploadIsAFormWithTheFileAndItsKind() {
        JsonNode upload = operations().get("uploadDocument");
        JsonNode form = upload.at("/requestBody/content/multipart~1form-data/schema");
        assertThat(fieldNames(form.path("properties"))).contains("file");
        assertThat(form.at("/properties/file/format").asText()).isEqualTo("binary");
        JsonNode responses = upload.path("responses");
        assertThat(fieldNames(responses)).contains("201", "400", "409", "412", "413", "415", "503");
        assertThat(responses.at("/201/content/application~1json/schema/$ref").asText())
                .isEqualTo("#/components/schemas/DocumentAccepted");
        assertThat(fieldNames(responses.at("/201/headers"))).contains("Location");
        assertThat(fieldNames(operations().get("downloadDocument").path("responses"))).contains("200", "410");
    }

    @Test
    void everyBodyHasAnExampleThatItsSchemaAccepts() {
        operations().forEach((id, operation) -> {
            JsonNode request = operation.at("/requestBody/content/application~1json");
            if (!request.isMissingNode()) {
                assertThat(request.has("example")).as(id + " request example").isTrue();
                assertThat(schemas.violations(request.get("example"), request.get("schema"))).as(id).isEmpty();
            }
            operation.path("responses").properties().stream().filter(r -> r.getKey().startsWith("2"))
                    .forEach(r -> {
                        JsonNode body = r.getValue().at("/content/application~1json");
                        if (!body.isMissingNode()) {
                            assertThat(body.has("example")).as(id + " " + r.getKey() + " example").isTrue();
                            assertThat(schemas.violations(body.get("example"), body.get("schema"))).as(id).isEmpty();
                        }
                    });
            operation.path("parameters").forEach(parameter -> {
                if (parameter.path("in").asText().equals("path")) {
                    assertThat(parameter.has("example")).as(id + " " + parameter.path("name")).isTrue();
                }
            });
        });
        assertThat(operations().get("registerProject").at("/requestBody/content/application~1json/example/projectId")
                .asText()).isEqualTo("SC20-SFQRL");
    }

    @Test
    void moneyEnumsRequiredAndNullableAreStated() {
        JsonNode components = document.path("components").path("schemas");
        assertThat(components.at("/DisbursementView/properties/grantAmount/format").asText()).isEqualTo("decimal");
        assertThat(components.at("/Cost/properties/amount/format").asText()).isEqualTo("decimal");
        assertThat(components.at("/Cost/properties/amount/type").asText()).isEqualTo("number");
        components.properties().forEach(schema -> schema.getValue().path("properties").properties().forEach(p -> {
            if (p.getValue().path("type").toString().contains("number")) {
                assertThat(p.getValue().path("format").asText()).as(schema.getKey() + "." + p.getKey())
                        .isEqualTo("decimal");
            }
        }));
        assertThat(components.at("/PartnerStatus/properties/stage/$ref").asText()).endsWith("/PartnerStage");
        assertThat(components.at("/PartnerStage/enum").size()).isEqualTo(4);
        assertThat(components.at("/ProofOfUseView/properties/status/$ref").asText()).endsWith("/ProofOfUseStatus");
        assertThat(components.at("/ProofOfUseStatus/enum").toString())
                .isEqualTo("[\"SUBMITTED\",\"ACCEPTED\",\"OBJECTED\"]");
        assertThat(components.at("/ReplayStatus/enum").size()).isEqualTo(3);
        assertThat(components.at("/PartnerBudget/properties/fundingRate/oneOf").toString())
                .isEqualTo("[{\"$ref\":\"#/components/schemas/FundingRate\"},{\"type\":\"null\"}]");
        assertThat(components.at("/FundingRate/enum").toString()).isEqualTo("[\"STANDARD\",\"BUDGET_EMERGENCY\"]");
        JsonNode disbursement = components.path("DisbursementView");
        assertThat(disbursement.path("required").size()).isEqualTo(disbursement.path("properties").size());
        assertThat(disbursement.at("/properties/paidOn/type").toString()).isEqualTo("[\"string\",\"null\"]");
        assertThat(disbursement.at("/properties/requestId/type").asText()).isEqualTo("string");
        assertThat(components.at("/RequestDisbursementRequest/required").toString()).contains("payoutDate")
                .doesNotContain("requestId");
    }

    /** A CUT history sent as a client would, and every answer, good or bad, held against the document. */
    @Test
    void whatTheServerAnswersIsWhatTheDocumentSays() {
        send("registerProject", "lead", HttpMethod.POST, "/api/projects", CutRequests.REGISTER.formatted(PROJECT));
        send("joinConsortium", "lead", HttpMethod.POST, PARTNERS, CutRequests.JOIN_MUNICH);
        send("setCostPlan", "lead", HttpMethod.POST, PARTNERS + "/LHM/cost-plan", CutRequests.MUNICH_COST_PLAN);
        send("passCouncilResolution", "lhm", HttpMethod.POST, PARTNERS + "/LHM/pass-council-resolution",
                CutRequests.MUNICH_STRATEGY);
        send("passCouncilResolution", "lhm", HttpMethod.POST, PARTNERS + "/LHM/pass-council-resolution",
                CutRequests.MUNICH_RESOLUTION);
        send("submitApplication", "lhm", HttpMethod.POST, PARTNERS + "/LHM/submit-application",
                CutRequests.MUNICH_APPLICATION);
        send("recordGrantDecision", "kfw-approver", HttpMethod.POST, PARTNERS + "/LHM/record-grant-decision",
                CutRequests.MUNICH_GRANT);
        ResponseEntity<String> requested = send("requestDisbursement", "lhm", HttpMethod.POST,
                PARTNERS + "/LHM/request-disbursement", CutRequests.MUNICH_FIRST_REQUEST);
        assertThat(requested.getHeaders().getLocation()).hasPath(PARTNERS + "/LHM/disbursements/LHM-2021-1");
        send("getDisbursement", "auditor", HttpMethod.GET, requested.getHeaders().getLocation().getPath(), null);
        send("approveDisbursement", "kfw-approver", HttpMethod.POST, PARTNERS + "/LHM/disbursements/LHM-2021-1/approve",
                "{\"approvedOn\": \"2021-07-20\"}");
        await().atMost(Duration.ofSeconds(10)).ignoreExceptions().untilAsserted(() -> assertThat(http
                .read("/api/projects/" + PROJECT + "/disbursements").read("$.disbursements[0].status", String.class))
                .isEqualTo("APPROVED"));
        for (String read : List.of("listProjects /api/projects", "getProjectStatus /api/projects/" + PROJECT,
                "getPartner " + PARTNERS + "/LHM", "getBudget /api/projects/" + PROJECT + "/budget",
                "getResolutions /api/projects/" + PROJECT + "/resolutions",
                "getDisbursements /api/projects/" + PROJECT + "/disbursements", "verifyAuditChain /api/audit/verify",
                "listAuditEvents /api/audit/events?limit=5")) {
            String[] call = read.split(" ");
            assertThat(send(call[0], "auditor", HttpMethod.GET, call[1], null).getStatusCode().value()).as(read)
                    .isEqualTo(200);
        }
        String etag = send("getPartner", "auditor", HttpMethod.GET, PARTNERS + "/LHM", null).getHeaders().getETag();
        assertThat(send("getPartner", "auditor", HttpMethod.GET, PARTNERS + "/LHM", null,
                header(HttpHeaders.IF_NONE_MATCH, etag)).getStatusCode().value()).isEqualTo(304);

        Map<Integer, String> refusals = new TreeMap<>();
        BiConsumer<String, ResponseEntity<String>> refusal = (what, response) ->
                refusals.put(response.getStatusCode().value(), what);
        refusal.accept("rule", send("submitApplication", "lhm", HttpMethod.POST, PARTNERS + "/LHM/submit-application",
                CutRequests.MUNICH_APPLICATION));
        refusal.accept("malformed", send("submitApplication", "lhm", HttpMethod.POST,
                PARTNERS + "/LHM/submit-application", "{\"submittedOn\": \"19.05.2020\"}"));
        refusal.accept("anonymous", send("listProjects", null, HttpMethod.GET, "/api/projects", null));
        refusal.accept("forbidden", send("recordGrantDecision", "lhm", HttpMethod.POST,
                PARTNERS + "/LHM/record-grant-decision", CutRequests.MUNICH_GRANT));
        refusal.accept("unknown", send("getProjectStatus", "auditor", HttpMethod.GET, "/api/projects/NONE", null));
        refusal.accept("not acceptable", send("getBudget", "auditor", HttpMethod.GET,
                "/api/projects/" + PROJECT + "/budget", null, header(HttpHeaders.ACCEPT, "text/csv")));
        refusal.accept("stale", send("payDisbursement", "kfw-payer", HttpMethod.POST,
                PARTNERS + "/LHM/disbursements/LHM-2021-1/pay", "{\"paidOn\": \"2021-07-31\"}",
                header(HttpHeaders.IF_MATCH, "\"1\"")));
        refusal.accept("too large", send("passCouncilResolution", "lhm", HttpMethod.POST,
                PARTNERS + "/LHM/pass-council-resolution", "{\"title\": \"" + "x".repeat(300_000) + "\"}"));
        send("passCouncilResolution", "lhm", HttpMethod.POST, PARTNERS + "/LHM/pass-council-resolution",
                CutRequests.MUNICH_RESOLUTION.replace("V 18416", "V 18417"), header("Idempotency-Key", "doc-1"));
        refusal.accept("key reused", send("passCouncilResolution", "lhm", HttpMethod.POST,
                PARTNERS + "/LHM/pass-council-resolution", CutRequests.MUNICH_RESOLUTION.replace("V 18416", "V 18418"),
                header("Idempotency-Key", "doc-1")));
        HttpHeaders text = header(HttpHeaders.CONTENT_TYPE, MediaType.TEXT_PLAIN_VALUE);
        refusal.accept("media type", send("submitApplication", "lhm", HttpMethod.POST,
                PARTNERS + "/LHM/submit-application", "submittedOn=2020-05-19", text));
        assertThat(refusals.keySet()).containsExactly(400, 401, 403, 404, 406, 409, 412, 413, 415,
                422);
    }

    /** Sends a request and asserts the document lists its status for the operation, and its body fits the schema. */
    private ResponseEntity<String> send(String operationId, String user, HttpMethod method, String path, String body,
                                        HttpHeaders... extra) {
        HttpHeaders headers = new HttpHeaders();
        if (user != null) {
            headers.setBasicAuth(user, user + "-demo");
        }
        if (body != null) {
            headers.setContentType(MediaType.APPLICATION_JSON);
        }
        Arrays.stream(extra).forEach(h -> h.forEach((name, values) -> headers.put(name, values)));
        ResponseEntity<String> response = rest.exchange(path, method, new HttpEntity<>(body, headers), String.class);
        String status = String.valueOf(response.getStatusCode().value());
        JsonNode documented = operations().get(operationId).path("responses").path(status);
        assertThat(documented.isObject()).as(operationId + " answered " + status + ": " + response.getBody())
                .isTrue();
        MediaType type = response.getHeaders().getContentType();
        if (response.getBody() != null && type != null) {
            String media = type.getType() + "/" + type.getSubtype();
            JsonNode schema = documented.path("content").path(media).path("schema");
            assertThat(schema.isObject()).as(operationId + " " + status + " documents " + media).isTrue();
            try {
                assertThat(schemas.violations(JSON.readTree(response.getBody()), schema))
                        .as(operationId + " " + status + ": " + response.getBody()).isEmpty();
            } catch (IOException e) {
                throw new AssertionError(e);
            }
        }
        documented.path("headers").fieldNames().forEachRemaining(name -> {
            if (!name.equals("Idempotent-Replayed")) {
                assertThat(response.getHeaders().containsKey(name)).as(operationId + " " + status + " " + name)
                        .isTrue();
            }
        });
        return response;
    }

    private Map<String, JsonNode> operations() {
        Map<String, JsonNode> operations = new TreeMap<>();
        document.path("paths").forEach(path -> path.forEach(operation -> {
            String id = operation.path("operationId").asText();
            assertThat(operations.put(id, operation)).as("operation id " + id + " is unique").isNull();
        }));
        return operations;
    }

    private static Set<String> fieldNames(JsonNode node) {
        Set<String> names = new TreeSet<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static HttpHeaders header(String name, String value) {
        HttpHeaders headers = new HttpHeaders();
        headers.set(name, value);
        return headers;
    }
}
