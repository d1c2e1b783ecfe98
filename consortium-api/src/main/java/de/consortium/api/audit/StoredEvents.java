package de.consortium.api.audit;

import java.util.List;

/** The stored history by global position, as the hash chain and its verification read it. */
interface StoredEvents {

    /** The position the store gives its first event. */
    long firstPosition();

    /** Up to {@code limit} stored events after {@code position}, in position order. */
    List<StoredEvent> after(long position, int limit);

    /**
     * Events stored at positions up to {@code frontier} that the chain passed over as gaps (see
     * {@link HashChain}) and has not linked: appends that committed after the chain had stopped waiting for them.
     */
    List<StoredEvent> passedOver(List<ChainStore.Gap> gaps, long frontier);
}
