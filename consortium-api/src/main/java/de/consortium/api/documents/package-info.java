/**
 * Infrastructure: where documents' bytes are kept (the data directory, PostgreSQL or an S3-compatible object store,
 * by setting), content-addressed per partner by SHA-256; how an upload is staged, measured, hashed and its media
 * type told from its content before anything is kept; and the check of the bytes against their hash on every read.
 */
package de.consortium.api.documents;
