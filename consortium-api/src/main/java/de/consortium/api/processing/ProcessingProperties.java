package de.consortium.api.processing;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;

/**
 * @param queueFullPause how long a pooled processor's coordinator waits before it refills a segment's full queue
 *                       (Axon's own: 100 ms); short, so that a rebuild's segments do not run dry
 */
@ConfigurationProperties(prefix = "consortium.processing")
public record ProcessingProperties(Duration queueFullPause) {

    public ProcessingProperties {
        queueFullPause = queueFullPause == null ? Duration.ofMillis(5) : queueFullPause;
    }
}
