package de.consortium.api.processing;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;

/**
 * @param queueFullPause how long a pooled processor's coordinator waits before it refills a segment's full queue
 *                       (Axon's own: 100 ms); short, so that a rebuild's segments do not run dry
 * @param claimExtension how often a segment without events to handle renews its claim and stores how far it has
 *                       read (Axon's own: 5 s); a rebuild is done once every segment has stored the end of the
 *                       history, so this is also how late a finished rebuild may show as done. Well below the
 *                       token store's claim timeout.
 */
@ConfigurationProperties(prefix = "consortium.processing")
public record ProcessingProperties(Duration queueFullPause, Duration claimExtension) {

    public ProcessingProperties {
        queueFullPause = queueFullPause == null ? Duration.ofMillis(5) : queueFullPause;
        claimExtension = claimExtension == null ? Duration.ofSeconds(1) : claimExtension;
        if (queueFullPause.isNegative() || claimExtension.isNegative() || claimExtension.isZero()) {
            throw new IllegalArgumentException("consortium.processing: queue-full-pause must not be negative and"
                    + " claim-extension must be positive");
        }
    }
}
