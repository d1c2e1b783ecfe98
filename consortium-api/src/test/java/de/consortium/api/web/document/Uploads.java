package de.consortium.api.web.document;

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
import java.util.HexFormat;

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
