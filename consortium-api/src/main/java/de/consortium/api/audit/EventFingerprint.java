package de.consortium.api.audit;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.TreeMap;

/**
 * SHA-256 over everything an event says: its id, aggregate and sequence, type, timestamp, and payload and
 * meta-data in the store's own serialized form. Computed alike when the chain is built and when it is verified.
 */
@Component
class EventFingerprint {

    private final Serializer serializer;

    EventFingerprint(@Qualifier("eventSerializer") Serializer serializer) {
        this.serializer = serializer;
    }

    String contentHash(long position, EventMessage<?> event) {
        MessageDigest digest = sha256();
        String aggregate = event instanceof DomainEventMessage<?> domain
                ? domain.getAggregateIdentifier() + "\n" + domain.getSequenceNumber() : "-\n-";
        digest.update((position + "\n" + event.getIdentifier() + "\n" + aggregate + "\n" + event.getPayloadType()
                .getName() + "\n" + event.getTimestamp() + "\n").getBytes(StandardCharsets.UTF_8));
        digest.update(serializer.serialize(event.getPayload(), byte[].class).getData());
        digest.update((byte) '\n');
        digest.update(serializer.serialize(new TreeMap<>(event.getMetaData()), byte[].class).getData());
        return HexFormat.of().formatHex(digest.digest());
    }

    static String chainHash(String previousChainHash, String contentHash) {
        MessageDigest digest = sha256();
        digest.update((previousChainHash + ":" + contentHash).getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(digest.digest());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
