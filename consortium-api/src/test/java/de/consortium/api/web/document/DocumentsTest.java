package de.consortium.api.web.document;

import com.jayway.jsonpath.DocumentContext;
import com.jayway.jsonpath.JsonPath;
import de.consortium.api.ApiTest;
import de.consortium.api.CutRequests;
import de.consortium.api.documents.DocumentProperties;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Documents kept by their hash: uploaded, enclosed in a proof of use, downloaded checked, refused when bad. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DocumentsTest extends ApiTest {

    private static final String PROJECT = "SC20-DOCS";
    private static final String MUNICH = "/api/projects/" + PROJECT + "/partners/LHM";

    @Autowired
    private TestRestTemplate rest;
    @Autowired
    private DocumentProperties properties;
    private Uploads uploads;

    @BeforeAll
    void munichIsFunded() {
        CutRequests.munichFunded(http(), PROJECT);
        uploads = new Uploads(rest);
    }

    private de.consortium.api.HttpClient http() {
        return new de.consortium.api.HttpClient(rest);
    }

    private String uploaded(String kind, String fileName, byte[] content) {
        return uploaded(MUNICH, kind, fileName, content);
    }

    private String uploaded(String partner, String kind, String fileName, byte[] content) {
        ResponseEntity<String> response = uploads.upload("lhm", partner, kind, fileName, "application/pdf", content,
                null);
        assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(201);
        return JsonPath.read(response.getBody(), "$.sha256");
    }

    private DocumentContext documentWhenListed(String sha256) {
        return documentWhenListed(MUNICH, sha256);
    }

    private DocumentContext documentWhenListed(String partner, String sha256) {
        await().atMost(Duration.ofSeconds(10)).until(() -> http().get(partner + "/documents/" + sha256)
                .getStatusCode().value() == 200);
        return http().read(partner + "/documents/" + sha256);
    }

    /** Munich funded in a project of its own, for a test that submits a proof of use of phase B. */
    private String munichFundedIn(String project) {
        CutRequests.munichFunded(http(), project);
        return "/api/projects/" + project + "/partners/LHM";
    }

    @Test
    void anUploadIsKeptByItsHashAndDownloadedAsItWas() {
        byte[] report = Uploads.pdf("Ergebnisbericht 2021");
        ResponseEntity<String> response = uploads.upload("lhm", MUNICH, "REPORT", "Ergebnisbericht 2021 (ä).pdf",
                "application/pdf", report, Uploads.sha256(report));
        assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(201);
        DocumentContext accepted = JsonPath.parse(response.getBody());
        assertThat(accepted.read("$.sha256", String.class)).isEqualTo(Uploads.sha256(report));
        assertThat(accepted.read("$.mediaType", String.class)).isEqualTo("application/pdf");
        assertThat(accepted.read("$.size", Integer.class)).isEqualTo(report.length);
        assertThat(response.getHeaders().getLocation()).hasPath(MUNICH + "/documents/" + Uploads.sha256(report));

        DocumentContext view = documentWhenListed(Uploads.sha256(report));
        assertThat(view.read("$.kind", String.class)).isEqualTo("REPORT");
        assertThat(view.read("$.fileName", String.class)).isEqualTo("Ergebnisbericht 2021 (ä).pdf");
        ResponseEntity<byte[]> download = uploads.download("dashboard", MUNICH + "/documents/"
                + Uploads.sha256(report) + "/content");
        assertThat(download.getStatusCode().value()).isEqualTo(200);
        assertThat(download.getBody()).isEqualTo(report);
        assertThat(download.getHeaders().getContentType()).hasToString("application/pdf");
        assertThat(download.getHeaders().getContentDisposition().getFilename())
                .isEqualTo("Ergebnisbericht 2021 (ä).pdf");
        assertThat(download.getHeaders().getFirst("Repr-Digest")).startsWith("sha-256=:");
        assertThat(http().read("/api/audit/events?project=" + PROJECT + "&type=DocumentRecorded")
                .read("$.events[*].payload.sha256", List.class)).contains(Uploads.sha256(report));
    }

    @Test
    void aProofOfUseEnclosesUploadedFilesAndAResolutionNamesItsPaper() {
        String report = uploaded("PROOF_OF_USE_DOCUMENT", "Ergebnisbericht.pdf", Uploads.pdf("results"));
        String invoices = uploaded("INVOICE_CONFIRMATION", "Belegbestätigung.pdf", Uploads.pdf("invoices"));
        String paper = uploaded("COUNCIL_PAPER", "V 20000.pdf", Uploads.pdf("paper"));
        http().as("lhm").command(MUNICH + "/submit-proof-of-use", """
                {"proofId": "P-FILES", "phase": "B", "submittedOn": "2021-06-01",
                 "documents": ["UPDATED_STRATEGY", "KNOWLEDGE_TRANSFER_EVIDENCE", "CHARTER_COMPLIANCE_CONFIRMATION",
                               "RECORD_RETENTION_COMMITMENT"],
                 "files": [{"document": "RESULTS_REPORT", "sha256": "%s"},
                           {"document": "INVOICE_CONFIRMATION", "sha256": "%s"}]}""".formatted(report, invoices));
        http().as("lhm").command(MUNICH + "/pass-council-resolution", """
                {"paperReference": "20-26 / V 20000", "body": "Vollversammlung des Stadtrates",
                 "sessionDate": "2021-05-12", "publicSession": true, "subjects": ["STRATEGY_ADOPTION"],
                 "outcome": "ADOPTED", "paperDocument": "%s"}""".formatted(paper));

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(documentWhenListed(report)
                .read("$.enclosedIn[*].proofId", List.class)).containsExactly("P-FILES"));
        DocumentContext enclosed = documentWhenListed(invoices);
        assertThat(enclosed.read("$.enclosedIn[0].document", String.class)).isEqualTo("INVOICE_CONFIRMATION");
        assertThat(enclosed.read("$.deletableFrom", String.class)).isEqualTo("2026-06-01");
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(http()
                .read("/api/projects/" + PROJECT + "/resolutions")
                .read("$.partners[?(@.partnerCode == 'LHM')].resolutions[*].paperDocument", List.class))
                .contains(paper));
    }

    @Test
    void aProofOfUseCannotEncloseAFileThePartnerDoesNotKeep() {
        String munich = munichFundedIn("SC20-DOCS-NOFILE");
        ResponseEntity<String> refused = http().as("lhm").post(munich + "/submit-proof-of-use", """
                {"proofId": "P-NOFILE", "phase": "B", "submittedOn": "2021-06-01",
                 "documents": ["UPDATED_STRATEGY", "KNOWLEDGE_TRANSFER_EVIDENCE", "CHARTER_COMPLIANCE_CONFIRMATION",
                               "RECORD_RETENTION_COMMITMENT", "INVOICE_CONFIRMATION"],
                 "files": [{"document": "RESULTS_REPORT", "sha256": "%s"}]}""".formatted("c".repeat(64)));
        assertThat(refused.getStatusCode().value()).isEqualTo(404);
        assertThat(refused.getBody()).contains("No document " + "c".repeat(64));
    }

    @Test
    void badUploadsAreRefusedClearlyAndKeepNothing() throws IOException {
        long events = storedEvents();
        long files = keptFiles();
        assertRefused(uploads.upload("lhm", MUNICH, "REPORT", "setup.exe", null,
                "MZ\u0090\u0000binary".getBytes(StandardCharsets.ISO_8859_1), null), 415, "application/octet-stream");
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13};
        assertRefused(uploads.upload("lhm", MUNICH, "REPORT", "scan.pdf", "application/pdf", png, null), 415,
                "declared application/pdf but is image/png");
        assertRefused(uploads.upload("lhm", MUNICH, "REPORT", "leer.pdf", "application/pdf", new byte[0], null),
                400, "is empty");
        assertRefused(uploads.upload("lhm", MUNICH, "REPORT", "../../etc/passwd.pdf", null, Uploads.PDF, null),
                400, "path parts");
        assertRefused(uploads.upload("lhm", MUNICH, "REPORT", "C:\\Berichte\\b.pdf", null, Uploads.PDF, null),
                400, "path parts");
        assertRefused(uploads.upload("lhm", MUNICH, "REPORT", "b.pdf", null, Uploads.PDF, "0".repeat(64)), 400,
                "not " + "0".repeat(64) + " as given");
        byte[] tooLarge = new byte[(int) properties.maxSize().toBytes() + 1];
        System.arraycopy(Uploads.PDF, 0, tooLarge, 0, Uploads.PDF.length);
        assertRefused(uploads.upload("lhm", MUNICH, "REPORT", "gross.pdf", null, tooLarge, null), 413, "at most");
        assertRefused(uploads.upload("lhm", MUNICH, "NO_SUCH_KIND", "b.pdf", null, Uploads.PDF, null), 400, "kind");
        assertRefused(uploads.upload("le", MUNICH, "REPORT", "b.pdf", null, Uploads.pdf("forbidden"), null), 403,
                "may not act");
        assertRefused(uploads.upload("lhm", "/api/projects/" + PROJECT + "/partners/XX", "REPORT", "b.pdf", null,
                Uploads.pdf("nobody"), null), 403, "may not act");
        assertRefused(uploads.upload("lhm", "/api/projects/SC20-NONE/partners/LHM", "REPORT", "b.pdf", null,
                Uploads.pdf("no project"), null), 404, "");
        assertThat(storedEvents()).isEqualTo(events);
        assertThat(keptFiles()).isEqualTo(files);
    }

    @Test
    void aDocumentIsRecordedOnce() {
        byte[] content = Uploads.pdf("once");
        uploaded("REPORT", "einmal.pdf", content);
        ResponseEntity<String> again = uploads.upload("lhm", MUNICH, "REPORT", "noch einmal.pdf", null, content, null);
        assertThat(again.getStatusCode().value()).isEqualTo(409);
        assertThat(JsonPath.read(again.getBody(), "$.rule").toString()).isEqualTo("document-recorded-once");
        assertThat(uploads.download("lhm", MUNICH + "/documents/" + Uploads.sha256(content) + "/content")
                .getStatusCode().value()).isIn(200, 404);
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(uploads.download("lhm",
                MUNICH + "/documents/" + Uploads.sha256(content) + "/content").getBody()).isEqualTo(content));
    }

    @Test
    void bytesChangedWhereTheyAreKeptAreWithheld() throws IOException {
        byte[] content = Uploads.pdf("to be damaged");
        String sha256 = uploaded("REPORT", "bericht.pdf", content);
        documentWhenListed(sha256);
        Path kept = Path.of(properties.directory(), PROJECT, "LHM", sha256);
        Files.write(kept, Uploads.pdf("changed on disk"));

        ResponseEntity<String> withheld = http().get(MUNICH + "/documents/" + sha256 + "/content");
        assertThat(withheld.getStatusCode()).isEqualTo(HttpStatus.INTERNAL_SERVER_ERROR);
        assertThat(withheld.getHeaders().getContentType()).hasToString("application/problem+json");
        assertThat(withheld.getBody()).contains("Damaged document").doesNotContain("changed on disk");
    }

    @Test
    void anOperatorDeletesADocumentOnlyAfterItsFiveYearsAndItsHashStays() {
        String munich = munichFundedIn("SC20-DOCS-RETAIN");
        byte[] content = Uploads.pdf("retained");
        String sha256 = uploaded(munich, "PROOF_OF_USE_DOCUMENT", "Strategie.pdf", content);
        String delete = munich + "/documents/" + sha256 + "/delete";
        ResponseEntity<String> tooEarly = http().as("operator").post(delete,
                "{\"deletedOn\": \"2026-01-01\", \"reason\": \"aufgeräumt\"}");
        assertThat(tooEarly.getStatusCode().value()).as(tooEarly.getBody()).isEqualTo(409);
        assertThat(JsonPath.read(tooEarly.getBody(), "$.rule").toString()).isEqualTo("document-retention");
        http().as("lhm").command(munich + "/submit-proof-of-use", """
                {"proofId": "P-OLD", "phase": "B", "submittedOn": "2021-06-01",
                 "documents": ["UPDATED_STRATEGY", "RESULTS_REPORT", "KNOWLEDGE_TRANSFER_EVIDENCE", "INVOICE_CONFIRMATION",
                               "CHARTER_COMPLIANCE_CONFIRMATION", "RECORD_RETENTION_COMMITMENT"]}""");
        ResponseEntity<String> dayBefore = http().as("operator").post(delete,
                "{\"deletedOn\": \"2026-05-31\", \"reason\": \"aufgeräumt\"}");
        assertThat(dayBefore.getBody()).contains("kept until 2026-05-31");
        assertThat(http().as("lhm").post(delete, "{\"deletedOn\": \"2026-06-01\", \"reason\": \"x\"}")
                .getStatusCode().value()).isEqualTo(403);

        http().as("operator").command(delete, "{\"deletedOn\": \"2026-06-01\", \"reason\": \"Frist abgelaufen\"}");
        assertThat(Path.of(properties.directory(), "SC20-DOCS-RETAIN", "LHM", sha256)).doesNotExist();
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(documentWhenListed(munich, sha256)
                .read("$.deletedOn", String.class)).isEqualTo("2026-06-01"));
        ResponseEntity<String> gone = http().get(munich + "/documents/" + sha256 + "/content");
        assertThat(gone.getStatusCode().value()).isEqualTo(410);
        assertThat(http().read("/api/audit/events?project=SC20-DOCS-RETAIN&type=DocumentDeleted")
                .read("$.events[*].payload.sha256", List.class)).containsExactly(sha256);
    }

    private static void assertRefused(ResponseEntity<String> response, int status, String detail) {
        assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(status);
        assertThat(response.getHeaders().getContentType()).hasToString("application/problem+json");
        assertThat(response.getBody()).contains(detail);
    }

    private long keptFiles() throws IOException {
        Path root = Path.of(properties.directory());
        if (!Files.exists(root)) {
            return 0;
        }
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile).count();
        }
    }
}
