package de.consortium.api.audit;

import de.consortium.api.support.Sha256;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * SHA-256 over everything a stored event says, as stored: its position, id, aggregate and sequence, type and
 * revision, timestamp, and the serialized payload and meta-data. A function of the stored bytes alone, so that it
 * comes out alike on every node, after every restart and in any version that reads the same store.
 */
final class EventFingerprint {

    static final String GENESIS = "0".repeat(64);

    private EventFingerprint() {
    }

    static String contentHash(StoredEvent event) {
        MessageDigest digest = Sha256.digest();
        digest.update(String.join("\n", Long.toString(event.position()), event.eventId(),
                String.valueOf(event.aggregateId()), Long.toString(event.sequenceNumber()), event.payloadType(),
                String.valueOf(event.payloadRevision()), event.timestamp(), "").getBytes(StandardCharsets.UTF_8));
        digest.update(event.payload());
        digest.update((byte) '\n');
        if (event.metaData() != null) {
            digest.update(event.metaData());
        }
        return Sha256.hex(digest);
    }

    static String chainHash(String previousChainHash, String contentHash) {
        MessageDigest digest = Sha256.digest();
        digest.update((previousChainHash + ":" + contentHash).getBytes(StandardCharsets.UTF_8));
        return Sha256.hex(digest);
    }
}
