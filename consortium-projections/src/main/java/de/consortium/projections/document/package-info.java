/**
 * Read model of the documents partners keep: per document its kind, name, media type, size and hash, the proofs of
 * use that enclose it, whether it was deleted, and from when the domain's retention lets it be deleted.
 */
package de.consortium.projections.document;
