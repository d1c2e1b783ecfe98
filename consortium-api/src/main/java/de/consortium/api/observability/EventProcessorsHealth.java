package de.consortium.api.observability;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.stereotype.Component;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The event processors that build the read models run and none of their segments is in error. A processor that
 * holds no segment on this node (another node does) is fine; one that stopped with an error is not.
 */
@Component("eventProcessors")
class EventProcessorsHealth implements HealthIndicator {

    private final EventProcessingConfiguration processing;

    EventProcessorsHealth(EventProcessingConfiguration processing) {
        this.processing = processing;
    }

    @Override
    public Health health() {
        Map<String, Object> details = new LinkedHashMap<>();
        boolean healthy = true;
        for (var entry : processing.eventProcessors().entrySet()) {
            if (!(entry.getValue() instanceof StreamingEventProcessor processor)) {
                continue;
            }
            Map<Integer, EventTrackerStatus> segments = processor.processingStatus();
            boolean segmentInError = segments.values().stream().anyMatch(EventTrackerStatus::isErrorState);
            healthy &= !processor.isError() && !segmentInError;
            details.put(entry.getKey(), Map.of("running", processor.isRunning(), "error", processor.isError(),
                    "claimedSegments", segments.keySet(), "caughtUp",
                    segments.values().stream().allMatch(EventTrackerStatus::isCaughtUp)));
        }
        return (healthy ? Health.up() : Health.down()).withDetails(details).build();
    }
}
