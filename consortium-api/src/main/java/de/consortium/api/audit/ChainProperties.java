package de.consortium.api.audit;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;

/**
 * @param linkInterval how often the hash chain links the events stored since (how far it may lag behind)
 * @param gapTimeout   how long the chain waits for a position whose append has not committed before it passes it as
 *                     never stored (a rolled-back append leaves such a gap); longer than any append takes
 */
@ConfigurationProperties(prefix = "consortium.audit")
public record ChainProperties(Duration linkInterval, Duration gapTimeout) {

    public ChainProperties {
        linkInterval = linkInterval == null ? Duration.ofMillis(200) : linkInterval;
        gapTimeout = gapTimeout == null ? Duration.ofSeconds(10) : gapTimeout;
        if (linkInterval.isNegative() || linkInterval.isZero() || gapTimeout.isNegative() || gapTimeout.isZero()) {
            throw new IllegalArgumentException("consortium.audit: link-interval and gap-timeout must be positive");
        }
    }
}
