package de.consortium.domain.evolution;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;

/**
 * Brings an event of one revision to the next that added a field, giving the field the value it had in effect
 * before: no files, no paper document. Stored events are never rewritten; they are read in the new layout.
 */
public final class FieldAddedUpcaster extends SingleEventUpcaster {

    private final SimpleSerializedType from;
    private final SimpleSerializedType to;
    private final String field;
    private final JsonNode valueBefore;

    public FieldAddedUpcaster(Class<?> eventType, String fromRevision, String toRevision, String field,
                              JsonNode valueBefore) {
        this.from = new SimpleSerializedType(eventType.getName(), fromRevision);
        this.to = new SimpleSerializedType(eventType.getName(), toRevision);
        this.field = field;
        this.valueBefore = valueBefore;
    }

    @Override
    protected boolean canUpcast(IntermediateEventRepresentation representation) {
        return from.equals(representation.getType());
    }

    @Override
    protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation representation) {
        return representation.upcastPayload(to, JsonNode.class, payload -> {
            ((ObjectNode) payload).set(field, valueBefore.deepCopy());
            return payload;
        });
    }
}
