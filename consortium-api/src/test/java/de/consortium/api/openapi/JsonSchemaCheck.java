package de.consortium.api.openapi;

import com.fasterxml.jackson.databind.JsonNode;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Checks a JSON value against a schema of the API document, strictly in what the document promises: types (null only
 * where a type allows it), enums, required properties, no properties the schema does not name, formats of dates and
 * amounts, lengths and patterns. Answers the violations found, each with its path.
 */
record JsonSchemaCheck(JsonNode document) {

    List<String> violations(JsonNode value, JsonNode schema) {
        List<String> found = new ArrayList<>();
        check("$", value, schema, found);
        return found;
    }

    private void check(String path, JsonNode value, JsonNode schema, List<String> found) {
        if (schema.has("$ref")) {
            check(path, value, resolve(schema.get("$ref").asText()), found);
            return;
        }
        if (schema.has("oneOf")) {
            int fitting = 0;
            for (JsonNode alternative : schema.get("oneOf")) {
                fitting += violations(value, alternative).isEmpty() ? 1 : 0;
            }
            if (fitting != 1) {
                found.add(path + ": " + value + " fits " + fitting + " of " + schema.get("oneOf"));
            }
            return;
        }
        Set<String> types = types(schema);
        if (!types.isEmpty() && types.stream().noneMatch(type -> is(type, value))) {
            found.add(path + ": " + value + " is not " + types);
            return;
        }
        if (schema.has("enum")) {
            boolean listed = false;
            for (JsonNode allowed : schema.get("enum")) {
                listed |= allowed.equals(value) || allowed.isNull() && value.isNull();
            }
            if (!listed) {
                found.add(path + ": " + value + " is not one of " + schema.get("enum"));
            }
        }
        if (value.isNull()) {
            return;
        }
        format(path, value, schema, found);
        if (value.isObject()) {
            schema.path("required").forEach(name -> {
                if (!value.has(name.asText())) {
                    found.add(path + ": lacks required " + name.asText());
                }
            });
            JsonNode properties = schema.path("properties");
            boolean open = schema.has("additionalProperties") || !schema.has("properties");
            value.properties().forEach(field -> {
                if (properties.has(field.getKey())) {
                    check(path + "." + field.getKey(), field.getValue(), properties.get(field.getKey()), found);
                } else if (!open) {
                    found.add(path + ": has " + field.getKey() + ", which the schema does not name");
                }
            });
        }
        if (value.isArray() && schema.has("items")) {
            for (int i = 0; i < value.size(); i++) {
                check(path + "[" + i + "]", value.get(i), schema.get("items"), found);
            }
        }
    }

    private static void format(String path, JsonNode value, JsonNode schema, List<String> found) {
        String text = value.asText();
        try {
            switch (schema.path("format").asText()) {
                case "date" -> LocalDate.parse(text);
                case "date-time" -> OffsetDateTime.parse(text).toInstant().compareTo(Instant.EPOCH);
                case "decimal" -> {
                    if (value.decimalValue().stripTrailingZeros().scale() > 2) {
                        found.add(path + ": " + value + " has fractions of a cent");
                    }
                }
                default -> {
                    // other formats are not checked
                }
            }
        } catch (RuntimeException e) {
            found.add(path + ": '" + text + "' is not a " + schema.path("format").asText());
        }
        if (schema.has("pattern") && !Pattern.compile(schema.get("pattern").asText()).matcher(text).find()) {
            found.add(path + ": '" + text + "' does not match " + schema.get("pattern").asText());
        }
        if (schema.has("maxLength") && text.length() > schema.get("maxLength").asInt()) {
            found.add(path + ": longer than " + schema.get("maxLength").asInt());
        }
        if (schema.has("minimum") && value.isNumber()
                && value.decimalValue().compareTo(new BigDecimal(schema.get("minimum").asText())) < 0) {
            found.add(path + ": below " + schema.get("minimum").asText());
        }
    }

    private static boolean is(String type, JsonNode value) {
        return switch (type) {
            case "null" -> value.isNull();
            case "string" -> value.isTextual();
            case "integer" -> value.isIntegralNumber();
            case "number" -> value.isNumber();
            case "boolean" -> value.isBoolean();
            case "array" -> value.isArray();
            case "object" -> value.isObject();
            default -> throw new IllegalArgumentException("unknown type " + type);
        };
    }

    private static Set<String> types(JsonNode schema) {
        Set<String> types = new HashSet<>();
        JsonNode type = schema.path("type");
        if (type.isTextual()) {
            types.add(type.asText());
        }
        type.forEach(t -> types.add(t.asText()));
        return types;
    }

    JsonNode resolve(String ref) {
        return document.at(ref.substring(1));
    }
}
