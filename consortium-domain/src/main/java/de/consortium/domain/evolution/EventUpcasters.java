package de.consortium.domain.evolution;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import de.consortium.domain.proofofuse.ProofOfUseSubmitted;
import de.consortium.domain.resolution.CouncilResolutionPassed;
import org.axonframework.serialization.upcasting.event.EventUpcaster;

import java.util.List;

/** Every change of an event's layout since it was released, oldest first, as the event store applies them. */
public final class EventUpcasters {

    private EventUpcasters() {
    }

    public static List<EventUpcaster> all() {
        JsonNodeFactory json = JsonNodeFactory.instance;
        return List.of(
                new FieldAddedUpcaster(ProofOfUseSubmitted.class, "1", "2", "files", json.arrayNode()),
                new FieldAddedUpcaster(CouncilResolutionPassed.class, "1", "2", "paperDocument", json.nullNode()),
                new FieldAddedUpcaster(CouncilResolutionPassed.class, "2", "3", "councilRecord", json.nullNode()));
    }
}
