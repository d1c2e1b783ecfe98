package de.consortium.api.live;

import de.consortium.api.processing.StoredTokens;
import de.consortium.projections.ReadModels;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.AbstractEventProcessor;
import org.axonframework.eventhandling.Segment;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * Whether the read models show an event, on whichever instance holds the segment it falls in. Only the read models
 * that handle its type can show it; each processes a partner's events in one segment (Axon's default sequencing,
 * by aggregate), and that segment's stored position must have reached the event's. Segments the event does not
 * concern store their positions later; they do not hold it back.
 */
@Component
class ReadModelPositions {

    private final StoredTokens tokens;
    private final EventProcessingConfiguration processing;
    private final Map<Class<?>, Set<String>> handlersByType = new ConcurrentHashMap<>();

    ReadModelPositions(StoredTokens tokens, EventProcessingConfiguration processing) {
        this.tokens = tokens;
        this.processing = processing;
    }

    /** The read models' segments as they stand now, to ask about many events at once. */
    Snapshot now() {
        return new Snapshot(tokens.all().stream()
                .filter(token -> ReadModels.PROCESSING_GROUPS.contains(token.processor()))
                .collect(Collectors.groupingBy(StoredTokens.StoredToken::processor)));
    }

    /** The read models that handle events of this type. */
    Set<String> handling(Class<?> payloadType) {
        return handlersByType.computeIfAbsent(payloadType, type -> ReadModels.PROCESSING_GROUPS.stream()
                .filter(name -> processing.eventProcessor(name, AbstractEventProcessor.class)
                        .map(processor -> processor.eventHandlerInvoker().canHandleType(type)).orElse(true))
                .collect(Collectors.toUnmodifiableSet()));
    }

    final class Snapshot {

        private final Map<String, List<StoredTokens.StoredToken>> byReadModel;
        /** The position every segment of every read model has reached: an event up to it they all show. */
        private final long reachedByAll;

        private Snapshot(Map<String, List<StoredTokens.StoredToken>> byReadModel) {
            this.byReadModel = byReadModel;
            this.reachedByAll = byReadModel.keySet().containsAll(ReadModels.PROCESSING_GROUPS)
                    ? byReadModel.values().stream().flatMap(List::stream)
                    .mapToLong(StoredTokens.StoredToken::position).min().orElse(-1) : -1;
        }

        boolean shows(HeldBackUpdates.Held event) {
            return event.update().position() <= reachedByAll
                    || handling(event.payloadType()).stream().allMatch(readModel -> reached(
                    byReadModel.getOrDefault(readModel, List.of()), event.update().aggregateId(),
                    event.update().position()));
        }

        private static boolean reached(List<StoredTokens.StoredToken> segments, String aggregateId, long position) {
            int[] ids = segments.stream().mapToInt(StoredTokens.StoredToken::segment).toArray();
            return segments.stream().anyMatch(token -> Segment.computeSegment(token.segment(), ids)
                    .matches(aggregateId) && token.position() >= position);
        }
    }
}
