package de.consortium.api.documents;

import de.consortium.api.support.Sha256;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;

/** Reads a document's bytes from the store and hands them out only if they still hash to the recorded SHA-256. */
@Component
public class DocumentReads {

    private final DocumentStore store;
    private final Counter damaged;

    DocumentReads(DocumentStore store, MeterRegistry meters) {
        this.store = store;
        this.damaged = Counter.builder("consortium.documents.damaged")
                .description("Reads of documents whose stored bytes no longer matched their hash").register(meters);
    }

    public byte[] verified(DocumentAddress address) throws IOException {
        byte[] content;
        try (InputStream in = store.open(address)) {
            content = in.readAllBytes();
        }
        MessageDigest digest = Sha256.digest();
        digest.update(content);
        String actual = Sha256.hex(digest);
        if (!actual.equals(address.sha256())) {
            damaged.increment();
            throw new DamagedDocument(address, actual);
        }
        return content;
    }
}
