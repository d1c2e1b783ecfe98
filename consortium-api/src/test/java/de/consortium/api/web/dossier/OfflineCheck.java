package de.consortium.api.web.dossier;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * What an auditor does with a dossier, written from its LIESMICH.txt alone, not from the server's code: every file
 * against the manifest, every document against its path, every event's content hash, the chain to its head.
 * Answers what it found wrong; an empty list means the dossier checks out.
 */
final class OfflineCheck {

    private static final ObjectMapper JSON = new ObjectMapper();

    private OfflineCheck() {
    }

    static Map<String, byte[]> unzip(byte[] zip) throws IOException {
        Map<String, byte[]> files = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                files.put(entry.getName(), in.readAllBytes());
            }
        }
        return files;
    }

    static List<String> findings(Map<String, byte[]> files) throws IOException {
        List<String> findings = new ArrayList<>();
        JsonNode manifest = JSON.readTree(files.get("manifest.json"));
        for (JsonNode file : manifest.path("files")) {
            byte[] content = files.get(file.path("path").asText());
            if (content == null || !sha256(content).equals(file.path("sha256").asText())
                    || content.length != file.path("size").asLong()) {
                findings.add("file " + file.path("path").asText() + " differs from the manifest");
            }
        }
        files.forEach((path, content) -> {
            if (path.startsWith("documents/") && !path.split("/")[2].equals(sha256(content))) {
                findings.add("document " + path + " does not hash to its name");
            }
        });
        Map<Long, String> linkHashes = new HashMap<>();
        String chainHash = "0".repeat(64);
        for (String line : lines(files.get("chain.jsonl"))) {
            JsonNode link = JSON.readTree(line);
            chainHash = sha256((chainHash + ":" + link.path("contentHash").asText())
                    .getBytes(StandardCharsets.UTF_8));
            if (!chainHash.equals(link.path("chainHash").asText())) {
                findings.add("chain link " + link.path("chainIndex").asLong() + " does not follow");
            }
            linkHashes.put(link.path("chainIndex").asLong(), link.path("contentHash").asText());
        }
        if (!chainHash.equals(manifest.at("/chain/chainHash").asText())) {
            findings.add("the chain does not end in the manifest's head");
        }
        for (String line : lines(files.get("events.jsonl"))) {
            JsonNode event = JSON.readTree(line);
            String contentHash = contentHash(event);
            if (!contentHash.equals(event.path("contentHash").asText())
                    || !contentHash.equals(linkHashes.get(event.path("chainIndex").asLong()))) {
                findings.add("event at position " + event.path("position").asLong() + " differs from its link");
            }
        }
        return findings;
    }

    private static String contentHash(JsonNode event) {
        StringBuilder head = new StringBuilder();
        for (String field : List.of("position", "eventId", "aggregateId", "sequenceNumber", "payloadType",
                "payloadRevision", "timestamp")) {
            head.append(event.path(field).isNull() ? "null" : event.path(field).asText()).append('\n');
        }
        MessageDigest digest = digest();
        digest.update(head.toString().getBytes(StandardCharsets.UTF_8));
        digest.update(event.path("payload").asText().getBytes(StandardCharsets.UTF_8));
        digest.update((byte) '\n');
        if (!event.path("metaData").isNull()) {
            digest.update(event.path("metaData").asText().getBytes(StandardCharsets.UTF_8));
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    static List<String> lines(byte[] content) {
        return new String(content, StandardCharsets.UTF_8).lines().filter(line -> !line.isBlank()).toList();
    }

    static String sha256(byte[] content) {
        return HexFormat.of().formatHex(digest().digest(content));
    }

    private static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
