package de.consortium.api.configuration;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.core.io.ClassPathResource;
import org.yaml.snakeyaml.Yaml;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/** Every consortium.* setting the configuration files use has metadata with a description, which IDEs show. */
class ConfigurationMetadataTest {

    @ParameterizedTest
    @ValueSource(strings = {"application.yml", "application-postgres.yml", "application-axonserver.yml"})
    void everyConsortiumSettingIsDescribed(String file) throws IOException {
        Map<String, String> described = new HashMap<>();
        Set<String> maps = new TreeSet<>();
        try (InputStream in = new ClassPathResource("META-INF/spring-configuration-metadata.json").getInputStream()) {
            for (JsonNode property : new ObjectMapper().readTree(in).path("properties")) {
                described.put(property.path("name").asText(), property.path("description").asText());
                if (property.path("type").asText().startsWith("java.util.Map")) {
                    maps.add(property.path("name").asText());
                }
            }
        }
        Set<String> used = new TreeSet<>();
        try (InputStream in = new ClassPathResource(file).getInputStream()) {
            for (Object document : new Yaml().loadAll(in)) {
                collect("", document, used);
            }
        }
        // the entries of a map setting (e.g. consortium.oparl.results) are that one setting
        Set<String> consortium = new TreeSet<>(used.stream().filter(key -> key.startsWith("consortium."))
                .map(key -> maps.stream().filter(map -> key.startsWith(map + ".")).findFirst().orElse(key)).toList());
        assertThat(consortium).isNotEmpty();
        for (String key : consortium) {
            assertThat(described.keySet()).as(file + ": " + key).contains(key);
            assertThat(described.get(key)).as(key).isNotBlank();
        }
    }

    /** The keys of the settings: lists (users, base rates) and their items are one setting. */
    private static void collect(String prefix, Object value, Set<String> keys) {
        if (value instanceof Map<?, ?> map) {
            map.forEach((key, child) -> collect(prefix.isEmpty() ? key.toString() : prefix + "." + key, child, keys));
        } else if (!prefix.isEmpty()) {
            keys.add(prefix);
        }
        if (value instanceof List<?>) {
            keys.add(prefix);
        }
    }
}
