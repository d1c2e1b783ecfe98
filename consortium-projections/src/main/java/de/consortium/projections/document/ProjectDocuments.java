package de.consortium.projections.document;

import java.util.List;

/** The documents of a project (or of one partner in it), by partner, then as recorded. */
public record ProjectDocuments(String projectId, List<DocumentView> documents) {
}
