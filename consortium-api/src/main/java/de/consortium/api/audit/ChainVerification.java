package de.consortium.api.audit;

/**
 * The outcome of checking the history against its hash chain: how many events were checked, and the first position
 * where the chain is broken (with what was found there), or none.
 */
public record ChainVerification(boolean intact, long eventsVerified, Long firstBrokenPosition, String finding) {
}
