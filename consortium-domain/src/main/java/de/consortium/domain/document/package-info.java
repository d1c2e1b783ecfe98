/**
 * Documents a partner keeps for the programme (council papers, the proof of use's documents, invoice confirmations,
 * reports): recording one by its SHA-256 content hash, referring to it, and deleting it once its retention has run
 * out. The bytes live outside the event store; the events name each document by its hash, so the audit chain
 * covers its content.
 */
package de.consortium.domain.document;
