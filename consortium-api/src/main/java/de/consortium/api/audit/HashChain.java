package de.consortium.api.audit;

import de.consortium.api.messaging.FailureKind;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * Links every stored event into a hash chain, in the order of the history: each link hashes the event as stored and
 * the link before it. One linker at a time on any node (it holds the chain's head row while it links a batch).
 * <p>
 * Appends commit out of order: a position may still be empty because its append has not committed yet. The chain
 * waits for it, up to {@code consortium.audit.gap-timeout}, then passes it as never stored (an append that rolled
 * back). Should an append commit there later after all, within {@link #LATE_WINDOW}, its event is linked then, at
 * the chain's end; an event appearing there later than that is what verification reports as slipped in.
 * <p>
 * The chain is never rebuilt from the (possibly altered) history, and it stops rather than skips an event.
 */
@Component
class HashChain {

    static final int BATCH = 500;
    static final Duration LATE_WINDOW = Duration.ofHours(1);
    private static final Logger log = LoggerFactory.getLogger(HashChain.class);

    private final StoredEvents stored;
    private final ChainStore store;
    private final ChainProperties properties;
    private final TransactionTemplate transactions;
    private volatile boolean waiting;

    HashChain(StoredEvents stored, ChainStore store, ChainProperties properties,
              PlatformTransactionManager transactionManager) {
        this.stored = stored;
        this.store = store;
        this.properties = properties;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    @Scheduled(fixedDelayString = "${consortium.audit.link-interval:200ms}")
    void linkStoredEvents() {
        try {
            while (Boolean.TRUE.equals(transactions.execute(status -> linkBatch()))) {
                // a full batch was linked: more may be waiting
            }
            if (waiting) {
                log.info("The event store answers again; the hash chain goes on");
                waiting = false;
            }
        } catch (RuntimeException e) {
            if (FailureKind.of(e) != FailureKind.UNAVAILABLE) {
                throw e;
            }
            // said once per outage, not at every interval; the chain simply goes on when the store is back
            if (!waiting) {
                log.warn("The event store cannot be reached; the hash chain waits: {}", e.toString());
                waiting = true;
            }
        }
    }

    /** Links what is stored after the head, up to the first gap still worth waiting for; true if it filled a batch. */
    boolean linkBatch() {
        ChainStore.Head head = store.lockHead();
        OffsetDateTime now = store.databaseNow();
        Extension extension = new Extension(head);
        List<ChainStore.Gap> known = store.gaps();
        for (StoredEvent late : stored.passedOver(known, head.frontier())) {
            log.warn("Event {} at position {} was stored after the chain had passed its position; linked now",
                    late.eventId(), late.position());
            extension.link(late);
        }
        List<StoredEvent> events = stored.after(head.frontier(), BATCH);
        List<ChainStore.Gap> gaps = rememberGaps(head, known, events, now);
        long next = Math.max(head.frontier() + 1, stored.firstPosition());
        long frontier = head.frontier();
        for (StoredEvent event : events) {
            if (event.position() > next && stillWaiting(gaps, next, now)) {
                break;
            }
            extension.link(event);
            frontier = event.position();
            next = frontier + 1;
        }
        store.extend(extension.links, new ChainStore.Head(frontier, extension.length, extension.chainHash));
        store.forgetGapsSeenBefore(now.minus(LATE_WINDOW), frontier);
        store.forgetFilledGaps(frontier);
        return events.size() == BATCH && frontier == events.get(events.size() - 1).position();
    }

    /** Every run of missing positions between the events read, remembered with the time it was first seen. */
    private List<ChainStore.Gap> rememberGaps(ChainStore.Head head, List<ChainStore.Gap> remembered,
                                              List<StoredEvent> events, OffsetDateTime now) {
        List<ChainStore.Gap> known = new ArrayList<>(remembered);
        long next = Math.max(head.frontier() + 1, stored.firstPosition());
        for (StoredEvent event : events) {
            long first = next;
            if (event.position() > first && known.stream().noneMatch(gap -> gap.contains(first))) {
                ChainStore.Gap gap = new ChainStore.Gap(first, event.position() - 1, now);
                store.remember(gap);
                known.add(gap);
            }
            next = event.position() + 1;
        }
        return known;
    }

    private boolean stillWaiting(List<ChainStore.Gap> gaps, long position, OffsetDateTime now) {
        return gaps.stream().filter(gap -> gap.contains(position)).findFirst()
                .map(gap -> gap.seenAt().plus(properties.gapTimeout()).isAfter(now)).orElse(true);
    }

    /** The links a batch adds, each over the one before. */
    private static final class Extension {

        private final List<ChainStore.Link> links = new ArrayList<>();
        private long length;
        private String chainHash;

        Extension(ChainStore.Head head) {
            this.length = head.length();
            this.chainHash = head.chainHash();
        }

        void link(StoredEvent event) {
            String content = EventFingerprint.contentHash(event);
            chainHash = EventFingerprint.chainHash(chainHash, content);
            links.add(new ChainStore.Link(event.position(), length, event.eventId(), content, chainHash));
            length++;
        }
    }
}
