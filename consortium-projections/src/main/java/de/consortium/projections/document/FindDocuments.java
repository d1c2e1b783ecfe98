package de.consortium.projections.document;

/** The documents of a project, or of one partner in it when {@code partnerCode} is given. */
public record FindDocuments(String projectId, String partnerCode) {
}
