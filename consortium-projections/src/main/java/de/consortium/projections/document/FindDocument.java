package de.consortium.projections.document;

/** One partner's document by its SHA-256; answers {@code null} if the partner has none of that hash. */
public record FindDocument(String projectId, String partnerCode, String sha256) {
}
