package de.consortium.domain.proofofuse;

import de.consortium.domain.document.ContentHash;

import java.util.Comparator;
import java.util.Objects;

/** One of the leaflet's documents as a file the partner keeps: which document it is and the file's SHA-256. */
public record ProofFile(ProofDocument document, String sha256) implements Comparable<ProofFile> {

    private static final Comparator<ProofFile> ORDER =
            Comparator.comparing(ProofFile::document).thenComparing(ProofFile::sha256);

    public ProofFile {
        Objects.requireNonNull(document, "document");
        ContentHash.checked(sha256);
    }

    @Override
    public int compareTo(ProofFile other) {
        return ORDER.compare(this, other);
    }
}
