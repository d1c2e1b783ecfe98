package de.consortium.api.http;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.io.IOException;

@Configuration(proxyBeanMethods = false)
class JsonInputConfiguration {

    /**
     * Text in a request may not carry control characters (a NUL, say): no council paper holds them, and some
     * databases refuse them. Keys given twice are refused by {@code spring.jackson.parser.strict-duplicate-detection}.
     */
    @Bean
    Module textWithoutControlCharacters() {
        SimpleModule module = new SimpleModule("text-without-control-characters");
        module.addDeserializer(String.class, new StringDeserializer() {
            @Override
            public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
                String value = super.deserialize(parser, context);
                if (value != null && value.chars().anyMatch(JsonInputConfiguration::isControlCharacter)) {
                    return (String) context.handleWeirdStringValue(String.class, value,
                            "text may not contain control characters");
                }
                return value;
            }
        });
        return module;
    }

    private static boolean isControlCharacter(int c) {
        return c < 0x20 && c != '\n' && c != '\r' && c != '\t' || c == 0x7F;
    }
}
