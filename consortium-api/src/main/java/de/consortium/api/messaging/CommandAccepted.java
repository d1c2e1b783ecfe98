package de.consortium.api.messaging;

/** The answer to an accepted command: the ids it concerns and the changed aggregate's new version. */
public record CommandAccepted(String projectId, String partner, String requestId, String aggregateId,
                             Long version) {
}
