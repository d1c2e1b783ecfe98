package de.consortium.api.cluster;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.lang.management.ManagementFactory;
import java.time.Duration;

/**
 * @param nodeId          this instance's name as owner of processor segments (default: pid@host, as Axon's)
 * @param balanceInterval how often a node announces itself, gives up segments above its fair share and advances
 *                        rebuilds; a node silent for three intervals counts as gone, which must come before its
 *                        segments' claims time out, so that the others take its segments at once then
 */
@ConfigurationProperties(prefix = "consortium.cluster")
public record ClusterProperties(String nodeId, Duration balanceInterval) {

    public ClusterProperties {
        nodeId = nodeId == null || nodeId.isBlank() ? ManagementFactory.getRuntimeMXBean().getName() : nodeId;
        balanceInterval = balanceInterval == null ? Duration.ofSeconds(2) : balanceInterval;
    }

    /** A node that has not announced itself for three intervals counts as gone. */
    public Duration liveness() {
        return balanceInterval.multipliedBy(3);
    }
}
