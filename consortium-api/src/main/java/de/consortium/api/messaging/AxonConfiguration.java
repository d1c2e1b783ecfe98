package de.consortium.api.messaging;

import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.MessageHandlerInterceptor;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import de.consortium.domain.project.Project;
import de.consortium.domain.project.ProjectTermsLookup;
import de.consortium.domain.project.RepositoryProjectTermsLookup;
import de.consortium.domain.repayment.BaseRates;
import de.consortium.domain.rules.ActingPrincipal;
import de.consortium.domain.rules.WorldDateNotInFuture;
import de.consortium.domain.evolution.EventUpcasters;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.correlation.MessageOriginProvider;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.modelling.command.CommandTargetResolver;
import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.axonframework.modelling.command.Repository;
import org.axonframework.serialization.ChainingConverter;
import org.axonframework.serialization.RevisionResolver;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.jdbc.DataSourceProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;
import org.springframework.context.annotation.Primary;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.converter.json.Jackson2ObjectMapperBuilder;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Clock;

@Configuration(proxyBeanMethods = false)
public class AxonConfiguration {

    /** The clock of "today" for the rules, and of the instants the event store records. */
    @Bean
    Clock clock(ConsortiumProperties properties) {
        Clock clock = Clock.system(properties.timeZone());
        GenericEventMessage.clock = clock;
        return clock;
    }

    /** How every aggregate's commands, and their outcomes, find the aggregate they are for. */
    @Bean
    CommandTargetResolver commandTargets() {
        return new CommandTargets();
    }

    /**
     * Events, snapshots and messages are stored as JSON by their own mapper, so that the REST API's JSON settings
     * can never change what is in the event store. Unknown properties are ignored so that old events still read
     * after a field was dropped.
     */
    @Bean("defaultAxonObjectMapper")
    ObjectMapper defaultAxonObjectMapper() {
        return JsonMapper.builder().findAndAddModules()
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .build();
    }

    /**
     * The serializer of events, snapshots and messages alike (Axon's settings name Jackson for each, so Axon takes this
     * one for all three): Axon's own, with the mapper above, remembering which class each stored type names.
     */
    @Bean
    @Primary
    Serializer serializer(RevisionResolver revisionResolver,
                          @Qualifier("defaultAxonObjectMapper") ObjectMapper axonObjectMapper) {
        return new ClassCachingJacksonSerializer(JacksonSerializer.builder().revisionResolver(revisionResolver)
                .converter(new ChainingConverter(AxonConfiguration.class.getClassLoader()))
                .objectMapper(axonObjectMapper));
    }

    /** The REST API's mapper; declared because the Axon mapper above would otherwise stand in for it. */
    @Bean
    @Primary
    ObjectMapper objectMapper(Jackson2ObjectMapperBuilder builder) {
        return builder.build();
    }

    /**
     * The embedded H2 database writes each commit to its file but leaves forcing it to disk to the operating system:
     * there, commands wait for a shared {@code CHECKPOINT SYNC} before they are answered.
     */
    @Bean
    StoreSync storeSync(DataSourceProperties dataSource, JdbcTemplate jdbc) {
        return dataSource.getUrl() != null && dataSource.getUrl().startsWith("jdbc:h2:file:")
                ? new StoreSync(() -> jdbc.execute("CHECKPOINT SYNC")) : StoreSync.DURABLE_COMMITS;
    }

    /**
     * Every command's date of the world is checked before its handler runs; innermost of the command interceptors,
     * so that {@link CommandOutcomeInterceptor} turns its refusal into an answer like any rule's.
     */
    @Bean
    @Order(Ordered.LOWEST_PRECEDENCE)
    WorldDateNotInFuture worldDateNotInFuture(Clock clock) {
        return new WorldDateNotInFuture(clock);
    }

    /** Outermost around every command: its time limit. */
    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE)
    MessageHandlerInterceptor<CommandMessage<?>> commandTimeLimit(TimeLimitProperties limits) {
        return new TimeLimit<>("Command", limits.command());
    }

    /** Outermost around every event a processor handles: its time limit. */
    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE)
    MessageHandlerInterceptor<EventMessage<?>> eventTimeLimit(TimeLimitProperties limits) {
        return new TimeLimit<>("Event", limits.event());
    }

    /** Events stored in an earlier layout are read in today's (the domain lists each change). */
    @Bean
    ConfigurerModule eventUpcasters() {
        return configurer -> EventUpcasters.all().forEach(upcaster -> configurer.registerEventUpcaster(c -> upcaster));
    }

    @Bean
    BaseRates baseRates(ConsortiumProperties properties) {
        return new BaseRates(properties.baseRates());
    }

    @Bean
    ProjectTermsLookup projectTermsLookup(@Lazy @Qualifier("projectRepository") Repository<Project> projects) {
        return new RepositoryProjectTermsLookup(projects);
    }

    /** Correlation and causation ids, and who acted, on every message a command or event causes. */
    @Bean
    CorrelationDataProvider messageOriginProvider() {
        return new MessageOriginProvider();
    }

    @Bean
    CorrelationDataProvider actingPrincipalProvider() {
        return new SimpleCorrelationDataProvider(ActingPrincipal.PRINCIPAL);
    }

    /** Events name the Idempotency-Key request that stored them, so that a retry can tell whether it was stored. */
    @Bean
    CorrelationDataProvider idempotentRequest() {
        return new SimpleCorrelationDataProvider(CommandAttempt.PRINCIPAL, CommandAttempt.KEY);
    }

    @Bean
    CorrelationDataProvider commandOrigin() {
        return new CommandOrigin();
    }

    /** A second append at an aggregate's sequence number is a concurrent change, not an outage. */
    @Bean
    PersistenceExceptionResolver persistenceExceptionResolver() {
        return new UniqueViolationResolver();
    }
}
