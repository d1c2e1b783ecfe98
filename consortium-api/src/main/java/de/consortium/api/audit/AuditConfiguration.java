package de.consortium.api.audit;

import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

@Configuration(proxyBeanMethods = false)
class AuditConfiguration {

    /** The JDBC event store's table where there is one (embedded, postgres), else the stream of Axon Server. */
    @Bean
    StoredEvents storedEvents(ObjectProvider<EventStorageEngine> storageEngine, JdbcTemplate jdbc,
                              EventStore eventStore, @Qualifier("eventSerializer") Serializer serializer) {
        return storageEngine.getIfAvailable() instanceof JdbcEventStorageEngine
                ? new JdbcStoredEvents(jdbc) : new StreamedStoredEvents(eventStore, serializer);
    }
}
