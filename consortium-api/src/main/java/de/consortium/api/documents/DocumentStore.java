package de.consortium.api.documents;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;

/**
 * Keeps documents' bytes by address. {@link #put} returns only once the bytes are durable, so no event names a
 * document that a crash could lose; a put of bytes already kept changes nothing.
 */
public interface DocumentStore {

    boolean contains(DocumentAddress address) throws IOException;

    void put(DocumentAddress address, Path staged) throws IOException;

    /** The bytes as kept, unchecked; {@link DocumentReads} checks them against their hash. */
    InputStream open(DocumentAddress address) throws IOException;

    void delete(DocumentAddress address) throws IOException;
}
