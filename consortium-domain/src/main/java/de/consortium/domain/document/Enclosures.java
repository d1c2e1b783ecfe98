package de.consortium.domain.document;

import java.time.LocalDate;
import java.util.Optional;

/** What retention needs to know of a partner's proofs of use: when they enclosed a document, when the latest came. */
public interface Enclosures {

    /** The day of the latest proof of use that encloses the document, if any does. */
    Optional<LocalDate> latestEnclosing(String sha256);

    /** The day of the partner's latest proof of use, if there is one. */
    Optional<LocalDate> latestProof();
}
