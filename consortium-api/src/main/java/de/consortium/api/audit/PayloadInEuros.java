package de.consortium.api.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import de.consortium.domain.money.Money;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Shows an event's amounts in euros, as the rest of the API does: the store keeps {@link Money} as a number of cents,
 * which the event's record class tells apart from other numbers (years, votes). The stored event is not touched; an
 * event class the application no longer knows is shown as stored.
 */
final class PayloadInEuros {

    private final Map<String, Class<?>> eventClasses = new ConcurrentHashMap<>();

    JsonNode convert(String payloadType, JsonNode payload) {
        Class<?> type = eventClasses.computeIfAbsent(payloadType, PayloadInEuros::load);
        return type == Object.class ? payload : inEuros(type, payload.deepCopy());
    }

    /** The node with its amounts in euros: a Money is a number of cents; records and collections are walked. */
    private static JsonNode inEuros(Type type, JsonNode node) {
        Class<?> raw = raw(type);
        if (raw == Money.class && node.isIntegralNumber()) {
            return DecimalNode.valueOf(BigDecimal.valueOf(node.longValue(), 2));
        }
        if (raw.isRecord() && node instanceof ObjectNode object) {
            for (RecordComponent component : raw.getRecordComponents()) {
                JsonNode value = object.get(component.getName());
                if (value != null) {
                    object.set(component.getName(), inEuros(component.getGenericType(), value));
                }
            }
        } else if (Collection.class.isAssignableFrom(raw) && type instanceof ParameterizedType generic
                && node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                array.set(i, inEuros(generic.getActualTypeArguments()[0], array.get(i)));
            }
        }
        return node;
    }

    private static Class<?> raw(Type type) {
        if (type instanceof Class<?> c) {
            return c;
        }
        return type instanceof ParameterizedType generic ? (Class<?>) generic.getRawType() : Object.class;
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name, false, PayloadInEuros.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            return Object.class;
        }
    }
}
