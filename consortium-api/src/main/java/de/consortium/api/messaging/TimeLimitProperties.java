package de.consortium.api.messaging;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * How long a message may be handled before its thread is interrupted.
 *
 * @param command a command, from loading its partner to storing its events
 * @param event   one event, by one event processor's handlers
 */
@ConfigurationProperties("consortium.time-limits")
public record TimeLimitProperties(@DefaultValue("60s") Duration command, @DefaultValue("60s") Duration event) {

    public TimeLimitProperties {
        if (command.isNegative() || command.isZero() || event.isNegative() || event.isZero()) {
            throw new IllegalArgumentException("consortium.time-limits.command and .event must be positive");
        }
    }
}
