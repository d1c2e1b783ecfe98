package de.consortium.api.messaging;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.ZoneId;

/**
 * @param dataDir  where the embedded database keeps its files
 * @param timeZone the zone in which "today" is judged for the dates of the world (DOMAIN.md §5)
 */
@ConfigurationProperties(prefix = "consortium")
public record ConsortiumProperties(String dataDir, ZoneId timeZone) {
}
