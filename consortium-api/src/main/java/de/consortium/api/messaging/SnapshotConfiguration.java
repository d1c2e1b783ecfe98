package de.consortium.api.messaging;

import de.consortium.domain.partner.Partner;
import org.axonframework.common.caching.Cache;
import org.axonframework.common.caching.NoCache;
import org.axonframework.common.caching.WeakReferenceCache;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.Configuration;
import org.axonframework.eventsourcing.EventCountSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.EventSourcingRepository;
import org.axonframework.eventsourcing.SnapshotTriggerDefinition;
import org.axonframework.eventsourcing.Snapshotter;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.annotation.HandlerDefinition;
import org.axonframework.messaging.annotation.ParameterResolverFactory;
import org.axonframework.modelling.command.Repository;
import org.axonframework.modelling.command.RepositorySpanFactory;
import org.axonframework.modelling.command.inspection.AnnotatedAggregateMetaModelFactory;
import org.axonframework.spring.eventsourcing.SpringAggregateSnapshotter;
import org.springframework.beans.factory.annotation.Qualifier;
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
     * Partners kept in memory between commands, so that a command does not load them from the store first. Where
     * several instances may change one partner ({@code postgres}, and Axon Server while it moves a partner's commands
     * to another instance), each is checked against the store before use ({@code consortium.aggregate-cache
     * .check-store}); the embedded default's one process owns its data directory and needs no check.
     */
    @Bean(Partner.CACHE)
    Cache partnerCache(@Value("${consortium.aggregate-cache.enabled:true}") boolean enabled) {
        return enabled ? new WeakReferenceCache() : NoCache.INSTANCE;
    }

    @Bean(Partner.REPOSITORY)
    Repository<Partner> partnerRepository(Configuration configuration, EventStore eventStore,
                                          @Qualifier(Partner.CACHE) Cache cache,
                                          @Qualifier(Partner.SNAPSHOT_TRIGGER) SnapshotTriggerDefinition trigger,
                                          @Value("${consortium.aggregate-cache.check-store:true}") boolean check) {
        EventSourcingRepository.Builder<Partner> builder = EventSourcingRepository.builder(Partner.class)
                .aggregateModel(AnnotatedAggregateMetaModelFactory.inspectAggregate(Partner.class,
                        configuration.parameterResolverFactory(), configuration.handlerDefinition(Partner.class)))
                .snapshotTriggerDefinition(trigger)
                .repositoryProvider(configuration::repository)
                .spanFactory(configuration.getComponent(RepositorySpanFactory.class));
        return check && cache != NoCache.INSTANCE ? new StoreCheckedPartnerCache<>(builder, eventStore, cache)
                : builder.eventStore(eventStore).cache(cache).build();
    }

    /** @param threshold events after which a partner is snapshotted again ({@code consortium.snapshots.threshold}) */
    @Bean(Partner.SNAPSHOT_TRIGGER)
    SnapshotTriggerDefinition partnerSnapshotTrigger(Snapshotter snapshotter,
                                                     @Value("${consortium.snapshots.threshold:100}") int threshold) {
        return new EventCountSnapshotTriggerDefinition(snapshotter, threshold);
    }
}
