package de.consortium.domain.document;

/** What a document is for, as the programme's leaflet and the council papers name them. */
public enum DocumentKind {
    COUNCIL_PAPER,
    PROOF_OF_USE_DOCUMENT,
    INVOICE_CONFIRMATION,
    REPORT
}
