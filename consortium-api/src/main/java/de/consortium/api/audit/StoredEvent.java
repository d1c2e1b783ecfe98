package de.consortium.api.audit;

/**
 * An event exactly as the event store holds it: its global position, identity and aggregate, its type and
 * revision, the timestamp as stored, and payload and meta-data in their serialized form.
 */
record StoredEvent(long position, String eventId, String aggregateId, long sequenceNumber, String payloadType,
                   String payloadRevision, String timestamp, byte[] payload, byte[] metaData) {
}
