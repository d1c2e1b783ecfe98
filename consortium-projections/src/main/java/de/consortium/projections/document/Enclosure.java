package de.consortium.projections.document;

import de.consortium.domain.proofofuse.ProofDocument;

import java.time.LocalDate;

/** A proof of use that encloses the document, as which of the leaflet's documents. */
public record Enclosure(String proofId, ProofDocument document, LocalDate submittedOn) {
}
