package de.consortium.api.cluster;

import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.commandhandling.gateway.DefaultCommandGateway;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.JdbcTokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.TokenSchema;
import org.axonframework.serialization.Serializer;
import org.axonframework.springboot.TokenStoreProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

import java.util.concurrent.Executors;

@Configuration(proxyBeanMethods = false)
@EnableScheduling
class ClusterConfiguration {

    /** Axon's JDBC token store, owned under this node's configured name so that nodes in one JVM stay apart. */
    @Bean
    TokenStore tokenStore(ConnectionProvider connectionProvider, Serializer serializer,
                          TokenStoreProperties tokenStoreProperties, ClusterProperties properties) {
        // the others must count a dead node gone before its claims run out, or they give its segments back at once
        if (properties.liveness().compareTo(tokenStoreProperties.getClaimTimeout()) >= 0) {
            throw new IllegalStateException("Three times consortium.cluster.balance-interval ("
                    + properties.balanceInterval() + ") must be shorter than axon.eventhandling.tokenstore"
                    + ".claim-timeout (" + tokenStoreProperties.getClaimTimeout() + ")");
        }
        return JdbcTokenStore.builder()
                .connectionProvider(connectionProvider)
                .schema(TokenSchema.builder().build())
                .serializer(serializer)
                .claimTimeout(tokenStoreProperties.getClaimTimeout())
                .nodeId(properties.nodeId())
                .build();
    }

    /** A command that lost a race to append to the same partner is run again on the state that won. */
    @Bean
    CommandGateway commandGateway(CommandBus commandBus) {
        return DefaultCommandGateway.builder().commandBus(commandBus)
                .retryScheduler(new ConflictingAppendRetry(Executors.newSingleThreadScheduledExecutor(runnable -> {
                    Thread thread = new Thread(runnable, "command-retry");
                    thread.setDaemon(true);
                    return thread;
                })))
                .build();
    }
}
