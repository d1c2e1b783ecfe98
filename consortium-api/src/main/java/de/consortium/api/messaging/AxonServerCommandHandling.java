package de.consortium.api.messaging;

import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.CommandBusSpanFactory;
import org.axonframework.commandhandling.DuplicateCommandHandlerResolver;
import org.axonframework.commandhandling.SimpleCommandBus;
import org.axonframework.messaging.interceptors.CorrelationDataInterceptor;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * With Axon Server a command's events go to Axon Server, not to the database, so the command is handled without a
 * database transaction (Axon's own local command bus would open one). Besides holding no connection in vain, this
 * lets what a command writes to the database beside its events (the record of an Idempotency-Key attempt) commit at
 * once, before Axon Server commits the events, which Axon does ahead of the database transaction's commit.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "axon.axonserver.enabled", havingValue = "true")
class AxonServerCommandHandling {

    /** Axon's local command bus as its auto-configuration builds it, less the transaction manager. */
    @Bean
    @Qualifier("localSegment")
    SimpleCommandBus localSegment(org.axonframework.config.Configuration configuration,
                                  DuplicateCommandHandlerResolver duplicateCommandHandlerResolver) {
        SimpleCommandBus bus = SimpleCommandBus.builder()
                .duplicateCommandHandlerResolver(duplicateCommandHandlerResolver)
                .spanFactory(configuration.getComponent(CommandBusSpanFactory.class))
                .messageMonitor(configuration.messageMonitor(CommandBus.class, "commandBus"))
                .build();
        bus.registerHandlerInterceptor(new CorrelationDataInterceptor<>(configuration.correlationDataProviders()));
        return bus;
    }
}
