package de.consortium.api.audit;

import de.consortium.api.support.Sha256;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
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
        MessageDigest digest = Sha256.digest();
        String aggregate = event instanceof DomainEventMessage<?> domain
                ? domain.getAggregateIdentifier() + "\n" + domain.getSequenceNumber() : "-\n-";
        digest.update((position + "\n" + event.getIdentifier() + "\n" + aggregate + "\n" + event.getPayloadType()
                .getName() + "\n" + event.getTimestamp() + "\n").getBytes(StandardCharsets.UTF_8));
        digest.update(serializer.serialize(event.getPayload(), byte[].class).getData());
        digest.update((byte) '\n');
        digest.update(serializer.serialize(new TreeMap<>(event.getMetaData()), byte[].class).getData());
        return Sha256.hex(digest);
    }

    static String chainHash(String previousChainHash, String contentHash) {
        MessageDigest digest = Sha256.digest();
        digest.update((previousChainHash + ":" + contentHash).getBytes(StandardCharsets.UTF_8));
        return Sha256.hex(digest);
    }
}
