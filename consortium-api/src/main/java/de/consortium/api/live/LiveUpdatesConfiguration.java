package de.consortium.api.live;

import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.tokenstore.inmemory.InMemoryTokenStore;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.messaging.StreamableMessageSource;
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
                                .initialToken(LiveUpdatesConfiguration::headOrTail)));
    }

    /**
     * The head of the history, or its tail where the event store cannot say yet (Axon Server not up): the instance
     * must start without it, and passing over events no one follows is cheap.
     */
    private static TrackingToken headOrTail(StreamableMessageSource<TrackedEventMessage<?>> eventStore) {
        try {
            return eventStore.createHeadToken();
        } catch (RuntimeException notYet) {
            return null;
        }
    }
}
