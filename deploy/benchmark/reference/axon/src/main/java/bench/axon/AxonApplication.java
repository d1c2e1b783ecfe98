package bench.axon;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.JdbcTokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.PostgresTokenTableFactory;
import org.axonframework.eventsourcing.EventCountSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.SnapshotTriggerDefinition;
import org.axonframework.eventsourcing.Snapshotter;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jdbc.PostgresEventTableFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The minimal Axon application of the benchmark: one aggregate per partner (snapshotted every 20 events), Axon's
 * JDBC event store on PostgreSQL, one pooled projection, all as Axon's Spring Boot starter configures them.
 */
@SpringBootApplication(scanBasePackages = {"bench.axon", "bench.mix"})
public class AxonApplication {

    public static void main(String[] args) {
        SpringApplication.run(AxonApplication.class, args);
    }

    @Bean("defaultAxonObjectMapper")
    ObjectMapper objectMapper() {
        return JsonMapper.builder().findAndAddModules().disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .visibility(PropertyAccessor.FIELD, JsonAutoDetect.Visibility.ANY).build();
    }

    /**
     * A partner is loaded from its latest snapshot and the events since: without, every command would read its
     * partner's whole history, and the reference would be slower than any Axon application in use.
     */
    @Bean
    SnapshotTriggerDefinition partnerSnapshots(Snapshotter snapshotter) {
        return new EventCountSnapshotTriggerDefinition(snapshotter, 20);
    }

    /** Axon's own tables, created before the processors start. */
    @Bean
    SmartInitializingSingleton schema(EventStorageEngine events, TokenStore tokens, JdbcTemplate jdbc) {
        return () -> {
            ((JdbcEventStorageEngine) events).createSchema(PostgresEventTableFactory.INSTANCE);
            ((JdbcTokenStore) tokens).createSchema(PostgresTokenTableFactory.INSTANCE);
            jdbc.execute("CREATE TABLE partner_summary (id VARCHAR(100) PRIMARY KEY, resolutions INTEGER NOT NULL,"
                    + " requested_cents BIGINT NOT NULL, payments INTEGER NOT NULL)");
        };
    }
}
