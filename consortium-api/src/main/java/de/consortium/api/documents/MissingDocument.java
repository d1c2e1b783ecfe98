package de.consortium.api.documents;

import java.io.IOException;

/** The store holds no bytes at an address the record names. */
public class MissingDocument extends IOException {

    public MissingDocument(DocumentAddress address) {
        super("The store holds no bytes for document " + address.key() + ".");
    }
}
