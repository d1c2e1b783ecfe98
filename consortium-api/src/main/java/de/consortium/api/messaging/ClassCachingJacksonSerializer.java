package de.consortium.api.messaging;

import org.axonframework.serialization.SerializedType;
import org.axonframework.serialization.json.JacksonSerializer;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Axon's Jackson serializer, remembering the class each serialized type names. Axon looks the class up by its name
 * for every message, up to three times (payload, its upcasting, its deserializing), and under Spring Boot's class
 * loader that lookup cost a fifth of a rebuild's reading thread, measured. A stored type names the same class for as
 * long as the application runs.
 */
final class ClassCachingJacksonSerializer extends JacksonSerializer {

    private final Map<SerializedType, Class<?>> classes = new ConcurrentHashMap<>();

    ClassCachingJacksonSerializer(Builder builder) {
        super(builder);
    }

    @Override
    @SuppressWarnings("rawtypes")
    public Class classForType(SerializedType type) {
        return classes.computeIfAbsent(type, super::classForType);
    }
}
