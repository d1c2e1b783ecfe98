package de.consortium.api.processing;

import org.axonframework.config.ConfigurerModule;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class ProcessingConfiguration {

    /**
     * Every pooled processor's coordinator runs on a {@link CoordinatorScheduler}, and its idle segments store how
     * far they have read at the configured interval.
     */
    @Bean
    ConfigurerModule pooledProcessors(ProcessingProperties properties) {
        return configurer -> configurer.eventProcessing(processing -> processing
                .registerPooledStreamingEventProcessorConfiguration((configuration, builder) -> builder
                        .claimExtensionThreshold(properties.claimExtension().toMillis())
                        .coordinatorExecutor(name -> {
                            CoordinatorScheduler scheduler = new CoordinatorScheduler(name,
                                    properties.queueFullPause());
                            configuration.onShutdown(scheduler::shutdown);
                            return scheduler;
                        })));
    }
}
