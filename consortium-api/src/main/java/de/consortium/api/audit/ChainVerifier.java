package de.consortium.api.audit;

import org.springframework.stereotype.Component;

import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.function.LongFunction;
import java.util.function.ToLongFunction;

/**
 * Checks the stored history against the hash chain: first the chain itself (each link over its predecessor, in the
 * order it was built, ending in the head's hash), then every stored event up to where the chain reaches against its
 * link, in position order, so that an event changed, removed or slipped in is found at its position. Reads the
 * history in pages; holds nothing whole in memory.
 */
@Component
public class ChainVerifier {

    private static final int PAGE = 1000;

    private final StoredEvents stored;
    private final ChainStore store;

    ChainVerifier(StoredEvents stored, ChainStore store) {
        this.stored = stored;
        this.store = store;
    }

    /** Where the chain stands without checking it: how far it covers the history and its latest hash. */
    public ChainHead head() {
        ChainStore.Head head = store.head();
        return new ChainHead(head.frontier(), head.length(), head.length() == 0 ? null : head.chainHash());
    }

    public ChainVerification verify() {
        ChainStore.Head head = store.head();
        String previous = EventFingerprint.GENESIS;
        long index = 0;
        for (ChainStore.Link link : Paged.items(from -> store.linksByChainIndex(from, head.length(), PAGE),
                link -> link.chainIndex() + 1, 0)) {
            if (link.chainIndex() != index
                    || !EventFingerprint.chainHash(previous, link.contentHash()).equals(link.chainHash())) {
                return broken(head, 0, 0, link.position(), "the chain's link here does not follow from the one before");
            }
            previous = link.chainHash();
            index++;
        }
        if (index != head.length() || !previous.equals(head.chainHash())) {
            return broken(head, 0, 0, null, "the chain's head does not match its last link");
        }
        return verifyEvents(head);
    }

    private ChainVerification verifyEvents(ChainStore.Head head) {
        List<ChainStore.Gap> gaps = store.gaps();
        Iterator<ChainStore.Link> links = Paged.items(after -> store.linksByPosition(after, head.frontier(), PAGE),
                ChainStore.Link::position, Long.MIN_VALUE).iterator();
        ChainStore.Link link = links.hasNext() ? links.next() : null;
        long verified = 0;
        long unlinked = 0;
        for (StoredEvent event : Paged.items(after -> stored.after(after, PAGE), StoredEvent::position, Long.MIN_VALUE)) {
            if (event.position() > head.frontier()) {
                unlinked++;
                continue;
            }
            if (link != null && link.position() < event.position()) {
                return broken(head, verified, unlinked, link.position(),
                        "the event linked here is missing from the store");
            }
            if (link == null || link.position() > event.position()) {
                if (gaps.stream().noneMatch(gap -> gap.contains(event.position()))) {
                    return broken(head, verified, unlinked, event.position(),
                            "an event that the chain does not know stands here");
                }
                unlinked++;
                continue;
            }
            if (!EventFingerprint.contentHash(event).equals(link.contentHash())
                    || !event.eventId().equals(link.eventId())) {
                return broken(head, verified, unlinked, event.position(),
                        "the stored event differs from what was recorded");
            }
            verified++;
            link = links.hasNext() ? links.next() : null;
        }
        if (link != null) {
            return broken(head, verified, unlinked, link.position(), "the event linked here is missing from the store");
        }
        return new ChainVerification(true, verified, unlinked, head.frontier(), head.length(), head.chainHash(), null,
                null);
    }

    private static ChainVerification broken(ChainStore.Head head, long verified, long unlinked, Long position,
                                            String finding) {
        return new ChainVerification(false, verified, unlinked, head.frontier(), head.length(), head.chainHash(),
                position, finding);
    }
}
