package de.consortium.api.messaging;

import de.consortium.domain.repayment.BaseRates;
import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.ZoneId;
import java.util.List;

/**
 * @param dataDir   where the embedded database keeps its files
 * @param timeZone  the zone in which "today" is judged for the dates of the world (docs/domain.md, two clocks)
 * @param baseRates the base rate of section 247 BGB with its dated changes, for interest on repayment claims
 */
@ConfigurationProperties(prefix = "consortium")
public record ConsortiumProperties(String dataDir, ZoneId timeZone, List<BaseRates.Change> baseRates) {

    public ConsortiumProperties {
        baseRates = baseRates == null ? List.of() : baseRates;
    }
}
