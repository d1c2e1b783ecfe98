package de.consortium.api.live;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * Live updates.
 *
 * @param pollInterval  how often an instance checks whether the read models have caught up with a change it holds
 *                      back; with the event store's fetch delay, the bound on how late a change reaches a page
 * @param heartbeat     how often an open stream gets a comment, so that proxies keep it and dead clients are noticed
 * @param streamTimeout how long one stream stays open; browsers reconnect by themselves (EventSource)
 * @param maxHeldBack   changes held back for the read models at most; beyond, the oldest are sent at once
 */
@ConfigurationProperties("consortium.live")
public record LiveProperties(@DefaultValue("100ms") Duration pollInterval, @DefaultValue("20s") Duration heartbeat,
                             @DefaultValue("30m") Duration streamTimeout, @DefaultValue("10000") int maxHeldBack) {

    public LiveProperties {
        if (pollInterval.isNegative() || pollInterval.isZero() || heartbeat.isNegative() || heartbeat.isZero()
                || streamTimeout.isNegative() || streamTimeout.isZero() || maxHeldBack < 1) {
            throw new IllegalArgumentException("consortium.live: intervals must be positive, max-held-back at least 1");
        }
    }
}
