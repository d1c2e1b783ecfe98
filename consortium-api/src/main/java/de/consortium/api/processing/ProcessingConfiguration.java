package de.consortium.api.processing;

import org.axonframework.config.ConfigurerModule;
import org.axonframework.springboot.EventProcessorProperties;
import org.axonframework.springboot.TokenStoreProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Duration;

@Configuration(proxyBeanMethods = false)
class ProcessingConfiguration {

    /**
     * Every pooled processor's coordinator runs on a {@link CoordinatorScheduler}, and its idle segments store how
     * far they have read at the configured interval. A processor new to the token store starts at the beginning of
     * the history ({@code null}, which every event store reads as its tail) without asking the event store for its
     * tail: so the application starts, and becomes ready once the event store answers, even when the event store
     * (Axon Server) is not up yet; Axon's own tail token would fail the start after 30 tries.
     */
    @Bean
    ConfigurerModule pooledProcessors(ProcessingProperties properties, TokenStoreProperties tokenStore,
                                      EventProcessorProperties processors) {
        // a claim not renewed within the claim timeout may be taken by another node while this one still works on it
        if (properties.claimExtension().compareTo(tokenStore.getClaimTimeout()) >= 0) {
            throw new IllegalStateException("consortium.processing.claim-extension (" + properties.claimExtension()
                    + ") must be shorter than axon.eventhandling.tokenstore.claim-timeout ("
                    + tokenStore.getClaimTimeout() + ")");
        }
        requireApartFromAxonsPauses("consortium.processing.claim-extension", properties.claimExtension());
        processors.getProcessors().forEach((name, settings) -> requireApartFromAxonsPauses(
                "axon.eventhandling.processors." + name + ".token-claim-interval", Duration.of(
                        settings.getTokenClaimInterval(), settings.getTokenClaimIntervalTimeUnit().toChronoUnit())));
        return configurer -> configurer.eventProcessing(processing -> processing
                .registerPooledStreamingEventProcessorConfiguration((configuration, builder) -> builder
                        .initialToken(eventStore -> null)
                        .claimExtensionThreshold(properties.claimExtension().toMillis())
                        .coordinatorExecutor(name -> {
                            CoordinatorScheduler scheduler = new CoordinatorScheduler(name,
                                    properties.queueFullPause(), properties.idlePoll());
                            configuration.onShutdown(scheduler::shutdown);
                            return scheduler;
                        })));
    }

    /** The coordinator's scheduler tells Axon's two pauses by their length alone: no other delay may share it. */
    private static void requireApartFromAxonsPauses(String setting, Duration delay) {
        if (delay.equals(CoordinatorScheduler.AXON_QUEUE_FULL_PAUSE)
                || delay.equals(CoordinatorScheduler.AXON_IDLE_POLL)) {
            throw new IllegalStateException(setting + " must not be " + delay.toMillis()
                    + " ms, the length of one of the pauses of Axon's coordinator that this application shortens");
        }
    }
}
