package de.consortium.api.observability;

import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class ObservabilityConfiguration {

    @Bean
    MessageHandlerInterceptor<CommandMessage<?>> commandCorrelationLogging() {
        return new CorrelationLogging<>();
    }

    @Bean
    MessageHandlerInterceptor<EventMessage<?>> eventCorrelationLogging() {
        return new CorrelationLogging<>();
    }
}
