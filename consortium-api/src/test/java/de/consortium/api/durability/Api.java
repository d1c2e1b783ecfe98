package de.consortium.api.durability;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.UUID;
import java.util.function.Function;

/** A client of a server in another JVM, signed in as one user, speaking JSON as any client would. */
record Api(HttpClient http, Function<String, URI> uris, String user, String password) {

    static final ObjectMapper JSON = new ObjectMapper();

    static Api of(Function<String, URI> uris, String user, String password) {
        return new Api(HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build(), uris, user, password);
    }

    Api as(String otherUser) {
        return new Api(http, uris, otherUser, password);
    }

    /** Posts a command; an {@link IOException} means no answer came (the server died while it ran). */
    HttpResponse<String> post(String path, String json, String idempotencyKey) throws IOException {
        HttpRequest.Builder request = request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
        if (idempotencyKey != null) {
            request.header("Idempotency-Key", idempotencyKey);
        }
        return send(request.build());
    }

    /** Uploads a document as a form with its file; an {@link IOException} means no answer came. */
    HttpResponse<String> upload(String partnerPath, String kind, String fileName, byte[] content)
            throws IOException {
        String boundary = "consortium-" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"kind\"\r\n\r\n" + kind
                + "\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: application/pdf\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return send(request(partnerPath + "/documents").header("Content-Type", "multipart/form-data; boundary="
                + boundary).POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build());
    }

    HttpResponse<byte[]> download(String path) {
        try {
            return http.send(request(path).header("Accept", "*/*").GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Posts a command that must be accepted. */
    JsonNode command(String path, String json) {
        try {
            HttpResponse<String> response = post(path, json, null);
            if (response.statusCode() / 100 != 2) {
                throw new IllegalStateException(path + " answered " + response.statusCode() + ": " + response.body());
            }
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    HttpResponse<String> get(String path) {
        try {
            return send(request(path).GET().build());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    JsonNode read(String path) {
        HttpResponse<String> response = get(path);
        if (response.statusCode() != 200) {
            throw new IllegalStateException(path + " answered " + response.statusCode() + ": " + response.body());
        }
        try {
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private HttpRequest.Builder request(String path) {
        String credentials = Base64.getEncoder().encodeToString((user + ":" + password)
                .getBytes(StandardCharsets.UTF_8));
        return HttpRequest.newBuilder(uris.apply(path)).timeout(Duration.ofSeconds(60))
                .header("Authorization", "Basic " + credentials).header("Accept", "application/json");
    }

    private HttpResponse<String> send(HttpRequest request) throws IOException {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }
}
