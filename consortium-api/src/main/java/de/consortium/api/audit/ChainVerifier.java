package de.consortium.api.audit;

import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Checks the stored history against the hash chain: first the chain itself (each link over its predecessor, in the
 * order it was built), then every event against its link (its content hash, in position order), so that an event
 * changed, removed or slipped in is found at its position. Events newer than the chain are not yet linked and not
 * checked.
 */
@Component
class ChainVerifier {

    private record Link(long position, long chainIndex, String eventId, String contentHash, String chainHash) {
    }

    private final EventStore eventStore;
    private final ObjectProvider<EventStorageEngine> storage;
    private final JdbcTemplate jdbc;
    private final EventFingerprint fingerprint;

    ChainVerifier(EventStore eventStore, ObjectProvider<EventStorageEngine> storage, JdbcTemplate jdbc,
                  EventFingerprint fingerprint) {
        this.eventStore = eventStore;
        this.storage = storage;
        this.jdbc = jdbc;
        this.fingerprint = fingerprint;
    }

    ChainVerification verify() {
        List<Link> byChain = jdbc.query("SELECT position, chain_index, event_identifier, content_hash, chain_hash"
                + " FROM event_hash ORDER BY chain_index", (rs, row) -> new Link(rs.getLong(1), rs.getLong(2),
                rs.getString(3), rs.getString(4), rs.getString(5)));
        String previous = HashChain.GENESIS;
        for (Link link : byChain) {
            if (!EventFingerprint.chainHash(previous, link.contentHash()).equals(link.chainHash())) {
                return broken(0, link.position(), "the chain's link here does not follow from the one before");
            }
            previous = link.chainHash();
        }
        List<Link> byPosition = new ArrayList<>(byChain);
        byPosition.sort((a, b) -> Long.compare(a.position(), b.position()));
        return verifyEvents(byPosition.iterator());
    }

    private ChainVerification verifyEvents(Iterator<Link> links) {
        long verified = 0;
        try (StoredEvents events = storedEvents()) {
            while (links.hasNext()) {
                Link link = links.next();
                if (!events.hasNext()) {
                    return broken(verified, link.position(), "the event linked here is missing from the store");
                }
                TrackedEventMessage<?> event = events.next();
                long position = event.trackingToken().position().orElseThrow();
                if (position < link.position()) {
                    return broken(verified, position, "an event that the chain does not know stands here");
                }
                if (position > link.position()) {
                    return broken(verified, link.position(), "the event linked here is missing from the store");
                }
                String content;
                try {
                    content = fingerprint.contentHash(position, event);
                } catch (RuntimeException unreadable) {
                    return broken(verified, position, "the stored event cannot be read");
                }
                if (!content.equals(link.contentHash()) || !event.getIdentifier().equals(link.eventId())) {
                    return broken(verified, position, "the stored event differs from what was recorded");
                }
                verified++;
            }
        } catch (RuntimeException unreadable) {
            return broken(verified, null, "the event history cannot be read: " + unreadable.getMessage());
        }
        return new ChainVerification(true, verified, null, null);
    }

    /** The events as stored: JDBC storage read directly (the event store caches recent events in memory). */
    private StoredEvents storedEvents() {
        EventStorageEngine engine = storage.getIfAvailable();
        if (engine != null) {
            Stream<? extends TrackedEventMessage<?>> stream = engine.readEvents(null, false);
            Iterator<? extends TrackedEventMessage<?>> iterator = stream.iterator();
            return new StoredEvents() {
                @Override
                public boolean hasNext() {
                    return iterator.hasNext();
                }

                @Override
                public TrackedEventMessage<?> next() {
                    return iterator.next();
                }

                @Override
                public void close() {
                    stream.close();
                }
            };
        }
        BlockingStream<TrackedEventMessage<?>> stream = eventStore.openStream(null);
        return new StoredEvents() {
            @Override
            public boolean hasNext() {
                try {
                    return stream.hasNextAvailable(500, TimeUnit.MILLISECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("Interrupted while verifying", e);
                }
            }

            @Override
            public TrackedEventMessage<?> next() {
                try {
                    return stream.nextAvailable();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("Interrupted while verifying", e);
                }
            }

            @Override
            public void close() {
                stream.close();
            }
        };
    }

    private interface StoredEvents extends Iterator<TrackedEventMessage<?>>, AutoCloseable {

        @Override
        void close();
    }

    private static ChainVerification broken(long verified, Long position, String finding) {
        return new ChainVerification(false, verified, position, finding);
    }
}
