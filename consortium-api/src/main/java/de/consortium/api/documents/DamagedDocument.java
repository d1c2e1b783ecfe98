package de.consortium.api.documents;

/** The bytes a store gave back do not hash to the document's SHA-256: they were changed or damaged where kept. */
public class DamagedDocument extends RuntimeException {

    public DamagedDocument(DocumentAddress address, String actualSha256) {
        super("The stored bytes of document " + address.key() + " hash to " + actualSha256
                + ", not to the hash the record names; they are withheld.");
    }
}
