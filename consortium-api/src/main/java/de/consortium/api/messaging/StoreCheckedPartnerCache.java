package de.consortium.api.messaging;

import org.axonframework.common.caching.Cache;
import org.axonframework.eventsourcing.CachingEventSourcingRepository;
import org.axonframework.eventsourcing.EventSourcedAggregate;
import org.axonframework.eventsourcing.EventSourcingRepository;
import org.axonframework.eventsourcing.eventstore.EventStore;

import java.util.Objects;

/**
 * Aggregates kept in memory between commands, each checked against the store before it is used: where another
 * instance appended to it meanwhile (several instances on one database, or Axon Server routing its commands
 * elsewhere for a while), the cached copy is dropped and the aggregate loaded from its snapshot and events. The check
 * asks for the aggregate's last sequence number, one indexed lookup instead of deserializing a snapshot and the events
 * since. A change appended after the check still collides with this command's append, which is then retried.
 */
class StoreCheckedPartnerCache<T> extends CachingEventSourcingRepository<T> {

    private final EventStore store;
    private final Cache cache;

    StoreCheckedPartnerCache(EventSourcingRepository.Builder<T> builder, EventStore store, Cache cache) {
        super(builder.eventStore(store).cache(cache));
        this.store = store;
        this.cache = cache;
    }

    @Override
    protected EventSourcedAggregate<T> doLoadWithLock(String aggregateIdentifier, Long expectedVersion) {
        EventSourcedAggregate<T> aggregate = super.doLoadWithLock(aggregateIdentifier, expectedVersion);
        if (Objects.equals(aggregate.version(), store.lastSequenceNumberFor(aggregateIdentifier).orElse(null))) {
            return aggregate;
        }
        cache.remove(aggregateIdentifier);
        return super.doLoadWithLock(aggregateIdentifier, expectedVersion);
    }
}
