package de.consortium.api.messaging;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * The JDBC event store's readers.
 *
 * @param fetchDelay how long a reader with nothing new waits before it asks the database again; events appended on
 *                   this instance wake it at once, those of other instances only when it asks
 */
@ConfigurationProperties("consortium.event-store")
public record EventStoreProperties(@DefaultValue("200ms") Duration fetchDelay) {

    public EventStoreProperties {
        if (fetchDelay.isNegative() || fetchDelay.isZero()) {
            throw new IllegalArgumentException("consortium.event-store.fetch-delay must be positive");
        }
    }
}
