package de.consortium.api.web.dossier;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.jayway.jsonpath.JsonPath;
import de.consortium.api.ApiTest;
import de.consortium.api.CutRequests;
import de.consortium.api.HttpClient;
import de.consortium.api.web.document.Uploads;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** An auditor downloads a dossier and checks it offline; a changed event or document does not check out. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DossierTest extends ApiTest {

    private static final String PROJECT = "SC20-DOSSIER";
    private static final String MUNICH = "/api/projects/" + PROJECT + "/partners/LHM";
    private static final byte[] REPORT = Uploads.pdf("Ergebnisbericht für die Prüfakte");
    private static final byte[] PAPER = Uploads.pdf("Sitzungsvorlage");

    @Autowired
    private TestRestTemplate rest;
    private Uploads uploads;

    @BeforeAll
    void munichKeepsDocumentsAndSubmitsItsProof() {
        HttpClient http = new HttpClient(rest);
        CutRequests.munichFunded(http, PROJECT);
        uploads = new Uploads(rest);
        assertThat(uploads.upload("lhm", MUNICH, "PROOF_OF_USE_DOCUMENT", "Ergebnisbericht.pdf", null, REPORT, null)
                .getStatusCode().value()).isEqualTo(201);
        assertThat(uploads.upload("lhm", MUNICH, "COUNCIL_PAPER", "Vorlage.pdf", null, PAPER, null)
                .getStatusCode().value()).isEqualTo(201);
        http.as("lhm").command(MUNICH + "/submit-proof-of-use", """
                {"proofId": "P-DOSSIER", "phase": "B", "submittedOn": "2021-06-01",
                 "documents": ["UPDATED_STRATEGY", "KNOWLEDGE_TRANSFER_EVIDENCE", "CHARTER_COMPLIANCE_CONFIRMATION",
                               "RECORD_RETENTION_COMMITMENT", "INVOICE_CONFIRMATION"],
                 "files": [{"document": "RESULTS_REPORT", "sha256": "%s"}]}""".formatted(Uploads.sha256(REPORT)));
        // the chain links new events within a second; the read models show the documents and the proof as soon
        await().atMost(Duration.ofSeconds(10)).ignoreExceptions().until(() -> JsonPath.<Integer>read(
                http.get("/api/audit/verify").getBody(), "$.unlinkedEvents") == 0
                && http.get(MUNICH + "/documents/" + Uploads.sha256(PAPER)).getStatusCode().value() == 200
                && http.read(MUNICH + "/documents/" + Uploads.sha256(REPORT))
                .read("$.enclosedIn[*].proofId", java.util.List.class).contains("P-DOSSIER"));
    }

    private Map<String, byte[]> dossier(String query) throws Exception {
        ResponseEntity<byte[]> response = uploads.download("auditor", "/api/audit/dossier?" + query);
        assertThat(response.getStatusCode().value()).isEqualTo(200);
        assertThat(response.getHeaders().getContentType()).hasToString("application/zip");
        return OfflineCheck.unzip(response.getBody());
    }

    @Test
    void aProjectDossierChecksOutOfflineAndHoldsEverything() throws Exception {
        Map<String, byte[]> files = dossier("project=" + PROJECT);
        assertThat(OfflineCheck.findings(files)).isEmpty();
        assertThat(files).containsKeys("LIESMICH.txt", "manifest.json", "events.jsonl", "chain.jsonl",
                "read-models/status.json", "read-models/budget.json", "read-models/resolutions.json",
                "read-models/disbursements.json", "read-models/documents.json");
        assertThat(files.get("documents/LHM/" + Uploads.sha256(REPORT) + "/Ergebnisbericht.pdf")).isEqualTo(REPORT);
        assertThat(files.get("documents/LHM/" + Uploads.sha256(PAPER) + "/Vorlage.pdf")).isEqualTo(PAPER);

        List<JsonNode> events = events(files);
        assertThat(events).extracting(event -> event.path("aggregateId").asText())
                .allMatch(id -> id.equals(PROJECT) || id.startsWith(PROJECT + "/"))
                .contains(PROJECT, PROJECT + "/FHH", PROJECT + "/LHM");
        assertThat(events).extracting(event -> event.path("payloadType").asText())
                .contains("de.consortium.domain.document.DocumentRecorded",
                        "de.consortium.domain.proofofuse.ProofOfUseSubmitted");
        JsonNode manifest = new ObjectMapper().readTree(files.get("manifest.json"));
        assertThat(manifest.path("events").asLong()).isEqualTo(events.size());
        assertThat(manifest.path("exportedBy").asText()).isEqualTo("auditor");
        assertThat(manifest.at("/chain/intact").asBoolean()).isTrue();
        String published = http.read("/api/audit/verify").read("$.chainHash");
        assertThat(OfflineCheck.lines(files.get("chain.jsonl")).stream().map(line -> JsonPath.<String>read(line,
                "$.chainHash"))).contains(published, manifest.at("/chain/chainHash").asText());
        assertThat(new String(files.get("read-models/documents.json"), StandardCharsets.UTF_8))
                .contains(Uploads.sha256(REPORT), "P-DOSSIER");
    }

    @Test
    void aPartnerDossierHoldsThatPartnersEventsAndTheProjectsOnly() throws Exception {
        Map<String, byte[]> files = dossier("project=" + PROJECT + "&partner=LHM");
        assertThat(OfflineCheck.findings(files)).isEmpty();
        assertThat(events(files)).extracting(event -> event.path("aggregateId").asText())
                .containsOnly(PROJECT, PROJECT + "/LHM");
    }

    @Test
    void aChangedEventOrDocumentDoesNotCheckOut() throws Exception {
        Map<String, byte[]> changedEvent = new HashMap<>(dossier("project=" + PROJECT));
        String events = new String(changedEvent.get("events.jsonl"), StandardCharsets.UTF_8);
        changedEvent.put("events.jsonl", events.replace("P-DOSSIER", "P-D0SSIER").getBytes(StandardCharsets.UTF_8));
        assertThat(OfflineCheck.findings(changedEvent)).anyMatch(finding -> finding.startsWith("event at position"))
                .contains("file events.jsonl differs from the manifest");

        Map<String, byte[]> changedDocument = new HashMap<>(dossier("project=" + PROJECT));
        changedDocument.put("documents/LHM/" + Uploads.sha256(REPORT) + "/Ergebnisbericht.pdf",
                Uploads.pdf("anders"));
        assertThat(OfflineCheck.findings(changedDocument)).contains("document documents/LHM/"
                + Uploads.sha256(REPORT) + "/Ergebnisbericht.pdf does not hash to its name");
    }

    @Test
    void onlyAuditorsGetADossierOfAProjectThatExists() {
        assertThat(uploads.download("lhm", "/api/audit/dossier?project=" + PROJECT).getStatusCode().value())
                .isEqualTo(403);
        assertThat(http.get("/api/audit/dossier?project=SC20-NONE").getStatusCode().value()).isEqualTo(404);
        ResponseEntity<String> noPartner = http.get("/api/audit/dossier?project=" + PROJECT + "&partner=XX");
        assertThat(noPartner.getStatusCode().value()).isEqualTo(404);
        assertThat(noPartner.getBody()).contains("no partner 'XX'");
    }

    private static List<JsonNode> events(Map<String, byte[]> files) {
        ObjectMapper json = new ObjectMapper();
        return OfflineCheck.lines(files.get("events.jsonl")).stream().map(line -> {
            try {
                return json.readTree(line);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }
}
