package de.consortium.api.audit;

import org.springframework.lang.Nullable;

/**
 * The outcome of checking the stored history against its hash chain.
 *
 * @param intact              whether every linked event is stored unchanged and nothing unlinked stands among them
 * @param eventsVerified      how many stored events were checked against their links
 * @param unlinkedEvents      stored events the chain has not linked yet (it follows the history within a second)
 * @param coveredPosition     the chain covers the history up to this position (-1: nothing yet)
 * @param chainLength         how many links the chain has
 * @param chainHash           the latest link's chain hash: publish it elsewhere to pin the history up to here
 * @param firstBrokenPosition where the history and the chain first disagree, if they do
 * @param finding             what was found there
 */
public record ChainVerification(boolean intact, long eventsVerified, long unlinkedEvents, long coveredPosition,
                                long chainLength, @Nullable String chainHash,
                                @Nullable Long firstBrokenPosition, @Nullable String finding) {
}
