package de.consortium.api.operations;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * Whether every read model is kept up to date here: its processor runs, unless a rebuild stopped it on purpose, and
 * no rebuild waits longer for its reset than nodes take to let go of their segments (then it is stuck, and an
 * operator should look: see the README's operations part). DOWN otherwise, naming the read model and why.
 */
@Component("readModels")
class ReadModelsHealth implements HealthIndicator {

    private final ReplayCoordinator coordinator;
    private final EventProcessingConfiguration processing;
    private final Clock clock;

    ReadModelsHealth(ReplayCoordinator coordinator, EventProcessingConfiguration processing, Clock clock) {
        this.coordinator = coordinator;
        this.processing = processing;
        this.clock = clock;
    }

    @Override
    public Health health() {
        Map<String, ReplayCoordinator.Rebuild> rebuilds = new TreeMap<>();
        coordinator.rebuilds().forEach(rebuild -> rebuilds.put(rebuild.processor(), rebuild));
        OffsetDateTime stuckBefore = OffsetDateTime.now(clock).minus(coordinator.longestWaitForReset());
        boolean healthy = true;
        Map<String, Object> details = new TreeMap<>();
        for (String name : ReplayCoordinator.REPLAYABLE) {
            ReplayCoordinator.Rebuild rebuild = rebuilds.get(name);
            boolean running = processing.eventProcessor(name, StreamingEventProcessor.class)
                    .map(StreamingEventProcessor::isRunning).orElse(false);
            Map<String, Object> detail = new LinkedHashMap<>();
            detail.put("running", running);
            String problem = null;
            if (rebuild != null && rebuild.status() != ReplayStatus.DONE) {
                detail.put("rebuild", rebuild.status().name());
                detail.put("rebuildRequestedAt", rebuild.requestedAt());
                if (rebuild.status() == ReplayStatus.REQUESTED && rebuild.requestedAt().isBefore(stuckBefore)) {
                    problem = "its rebuild has waited longer than " + coordinator.longestWaitForReset()
                            + " for every node to let go of the read model";
                }
            }
            if (!running && (rebuild == null || rebuild.status() != ReplayStatus.REQUESTED)) {
                problem = "its event processor is stopped";
            }
            if (problem != null) {
                detail.put("problem", problem);
                healthy = false;
            }
            details.put(name, detail);
        }
        return (healthy ? Health.up() : Health.down()).withDetails(details).build();
    }
}
