package de.consortium.api.messaging;

/** What a handled command did: the aggregate it changed and that aggregate's version afterwards. */
public record CommandOutcome(String aggregateId, Long version) {
}
