package de.consortium.api.messaging;

import de.consortium.domain.partner.Partner;
import org.axonframework.common.caching.Cache;
import org.axonframework.common.caching.NoCache;
import org.axonframework.common.caching.WeakReferenceCache;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.Configuration;
import org.axonframework.eventsourcing.EventCountSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.SnapshotTriggerDefinition;
import org.axonframework.eventsourcing.Snapshotter;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.annotation.HandlerDefinition;
import org.axonframework.messaging.annotation.ParameterResolverFactory;
import org.axonframework.spring.eventsourcing.SpringAggregateSnapshotter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;

import java.util.concurrent.Executors;

/**
 * Loading partners cheaply: snapshots, so that loading one costs the events since its last snapshot rather than its
 * whole history (taken on a thread of their own, after the command that crossed the threshold has committed), and
 * where allowed a cache.
 */
@org.springframework.context.annotation.Configuration(proxyBeanMethods = false)
class SnapshotConfiguration {

    @Bean
    Snapshotter snapshotter(Configuration configuration, HandlerDefinition handlerDefinition,
                            ParameterResolverFactory parameterResolverFactory, EventStore eventStore,
                            TransactionManager transactionManager) {
        return SpringAggregateSnapshotter.builder()
                .repositoryProvider(configuration::repository)
                .transactionManager(transactionManager)
                .eventStore(eventStore)
                .parameterResolverFactory(parameterResolverFactory)
                .handlerDefinition(handlerDefinition)
                .executor(Executors.newSingleThreadExecutor(runnable -> {
                    Thread thread = new Thread(runnable, "snapshotter");
                    thread.setDaemon(true);
                    return thread;
                }))
                .build();
    }

    /**
     * Partners kept in memory between commands, so that a command does not load them from the store first. Only
     * where one node handles all commands of a partner: the embedded default, and Axon Server (which routes by
     * partner). Several instances on one database must not cache: another may have changed the partner meanwhile.
     */
    @Bean(Partner.CACHE)
    Cache partnerCache(@Value("${consortium.aggregate-cache.enabled:true}") boolean enabled) {
        return enabled ? new WeakReferenceCache() : NoCache.INSTANCE;
    }

    /** @param threshold events after which a partner is snapshotted again ({@code consortium.snapshots.threshold}) */
    @Bean(Partner.SNAPSHOT_TRIGGER)
    SnapshotTriggerDefinition partnerSnapshotTrigger(Snapshotter snapshotter,
                                                     @Value("${consortium.snapshots.threshold:100}") int threshold) {
        return new EventCountSnapshotTriggerDefinition(snapshotter, threshold);
    }
}
