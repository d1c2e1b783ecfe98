package de.consortium.api.messaging;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.type.TypeFactory;
import com.fasterxml.jackson.databind.util.LRUMap;
import com.fasterxml.jackson.databind.util.LookupCache;
import de.consortium.domain.grant.GrantRefused;
import de.consortium.domain.project.PartnerId;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.UnknownSerializedType;
import org.axonframework.serialization.json.JacksonSerializer;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ClassCachingJacksonSerializerTest {

    /** The class names the mapper's type factory was asked to load, in order. */
    private final List<String> loaded = new ArrayList<>();
    private final ClassCachingJacksonSerializer serializer = new ClassCachingJacksonSerializer(
            JacksonSerializer.builder().objectMapper(countingMapper()));

    private ObjectMapper countingMapper() {
        ObjectMapper mapper = new ObjectMapper().findAndRegisterModules();
        mapper.setTypeFactory(new TypeFactory((LookupCache<Object, JavaType>) new LRUMap<Object, JavaType>(16, 200)) {
            @Override
            protected Class<?> classForName(String name, boolean initialize, ClassLoader loader)
                    throws ClassNotFoundException {
                loaded.add(name);
                return super.classForName(name, initialize, loader);
            }
        });
        return mapper;
    }

    @Test
    void eachStoredTypeIsLookedUpOnceAndReadAsBefore() {
        GrantRefused refused = new GrantRefused(new PartnerId("SC20-SFQRL", "LE"), LocalDate.of(2020, 12, 15), "KfW");
        SerializedObject<byte[]> stored = serializer.serialize(refused, byte[].class);

        for (int read = 0; read < 3; read++) {
            assertThat(serializer.<byte[], GrantRefused>deserialize(stored)).isEqualTo(refused);
            assertThat(serializer.classForType(stored.getType())).isEqualTo(GrantRefused.class);
        }

        assertThat(loaded).containsOnlyOnce(GrantRefused.class.getName());
    }

    @Test
    void aTypeNoClassHasIsUnknownAndLookedUpOnce() {
        SimpleSerializedType gone = new SimpleSerializedType("de.consortium.domain.Gone", null);

        assertThat(serializer.classForType(gone)).isEqualTo(UnknownSerializedType.class);
        assertThat(serializer.classForType(gone)).isEqualTo(UnknownSerializedType.class);
        assertThat(loaded.stream().filter(gone.getName()::equals).count()).isOne();
    }
}
