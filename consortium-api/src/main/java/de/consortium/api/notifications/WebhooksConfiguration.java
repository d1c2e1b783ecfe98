package de.consortium.api.notifications;

import de.consortium.api.processing.InitialTokens;
import org.axonframework.config.ConfigurerModule;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class WebhooksConfiguration {

    /**
     * The processor that records deliveries: one segment, its position in the shared token store, so that every
     * event is recorded by one instance; new to a history, it begins at its head (webhooks hear of what happens from
     * then on, not of the past). Only where hooks are configured: without, nothing runs, and a processor that ran
     * before goes on from where it stopped once hooks are configured again.
     */
    @Bean
    @Conditional(WebhooksConfigured.class)
    ConfigurerModule webhooksProcessor() {
        return configurer -> configurer.eventProcessing(processing -> processing
                .registerPooledStreamingEventProcessor(WebhookRecorder.GROUP,
                        org.axonframework.config.Configuration::eventStore,
                        (configuration, builder) -> builder.initialSegmentCount(1)
                                .initialToken(InitialTokens::headOrTail)));
    }
}
