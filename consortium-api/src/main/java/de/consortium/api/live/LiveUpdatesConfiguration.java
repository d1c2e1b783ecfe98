package de.consortium.api.live;

import de.consortium.api.processing.InitialTokens;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.tokenstore.inmemory.InMemoryTokenStore;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class LiveUpdatesConfiguration {

    /**
     * Every instance follows the whole history itself, from its head when it starts: its position lives in memory,
     * not in the shared token store, so no two instances share (or leave behind) its segment.
     */
    @Bean
    ConfigurerModule liveUpdatesProcessor() {
        return configurer -> configurer.eventProcessing(processing -> processing
                .registerTokenStore(LiveUpdateHandler.GROUP, configuration -> new InMemoryTokenStore())
                .registerPooledStreamingEventProcessor(LiveUpdateHandler.GROUP,
                        org.axonframework.config.Configuration::eventStore,
                        (configuration, builder) -> builder.initialSegmentCount(1)
                                .initialToken(InitialTokens::headOrTail)));
    }
}
