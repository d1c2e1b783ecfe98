package de.consortium.api.web.document;

import de.consortium.api.CutRequests;
import de.consortium.api.HttpClient;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Uploads a file as a browser's form does: a multipart request with a file part and the document's kind. */
public record Uploads(TestRestTemplate rest) {

    public static final byte[] PDF = ("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n"
            + "%%EOF\n").getBytes(StandardCharsets.US_ASCII);

    public static byte[] pdf(String text) {
        return ("%PDF-1.4\n% " + text + "\n%%EOF\n").getBytes(StandardCharsets.UTF_8);
    }

    public ResponseEntity<String> upload(String user, String partnerPath, String kind, String fileName,
                                         String declaredType, byte[] content, String sha256) {
        HttpHeaders partHeaders = new HttpHeaders();
        if (declaredType != null) {
            partHeaders.setContentType(MediaType.parseMediaType(declaredType));
        }
        MultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
        form.add("file", new HttpEntity<>(new ByteArrayResource(content) {
            @Override
            public String getFilename() {
                return fileName;
            }
        }, partHeaders));
        form.add("kind", kind);
        if (sha256 != null) {
            form.add("sha256", sha256);
        }
        HttpHeaders headers = new HttpHeaders();
        headers.setBasicAuth(user, user + "-demo");
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        return rest.exchange(partnerPath + "/documents", HttpMethod.POST, new HttpEntity<>(form, headers),
                String.class);
    }

    /** Munich, funded in a project of its own, uploads a report; answers where its store should keep it. */
    public String uploadedByMunich(String project, byte[] report) {
        CutRequests.munichFunded(new HttpClient(rest), project);
        ResponseEntity<String> response = upload("lhm", "/api/projects/" + project + "/partners/LHM", "REPORT",
                "Bericht.pdf", null, report, null);
        assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(201);
        return project + "/LHM/" + sha256(report);
    }

    /** Once the read model lists it, the report downloads as it was uploaded. */
    public void assertServedAsUploaded(String project, byte[] report) {
        String content = "/api/projects/" + project + "/partners/LHM/documents/" + sha256(report) + "/content";
        await().atMost(Duration.ofSeconds(10)).until(() -> download("lhm", content).getStatusCode().value() == 200);
        assertThat(download("auditor", content).getBody()).isEqualTo(report);
    }

    public ResponseEntity<byte[]> download(String user, String path) {
        HttpHeaders headers = new HttpHeaders();
        headers.setBasicAuth(user, user + "-demo");
        return rest.exchange(path, HttpMethod.GET, new HttpEntity<>(headers), byte[].class);
    }

    public static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
