package de.consortium.api.oparl;

import com.fasterxml.jackson.databind.JsonNode;

import java.net.URI;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * OParl 1.1's schema for the objects the consortium's view serves, written from the specification (schema.oparl.org
 * 1.1): each type's required properties and the type of each property it defines. A property the specification does
 * not define must be a vendor extension, named with a prefix ({@code consortium:votes}). Answers what is wrong.
 */
final class OParlSchema {

    private static final String TYPES = "https://schema.oparl.org/1.1/";
    private static final Map<String, String> COMMON = Map.of("id", "url", "type", "string", "license", "url",
            "keyword", "array", "created", "date-time", "modified", "date-time", "web", "url", "deleted", "boolean");
    private static final Map<String, Map<String, String>> PROPERTIES = Map.of(
            "System", Map.of("oparlVersion", "url", "otherOparlVersions", "array", "body", "url", "name", "string",
                    "contactEmail", "string", "contactName", "string", "website", "url", "vendor", "url",
                    "product", "string"),
            "Body", Map.ofEntries(Map.entry("system", "url"), Map.entry("shortName", "string"),
                    Map.entry("name", "string"), Map.entry("ags", "string"), Map.entry("rgs", "string"),
                    Map.entry("organization", "url"), Map.entry("person", "url"), Map.entry("meeting", "url"),
                    Map.entry("paper", "url"), Map.entry("legislativeTerm", "array"),
                    Map.entry("website", "url"), Map.entry("classification", "string")),
            "Organization", Map.of("body", "url", "name", "string", "shortName", "string",
                    "organizationType", "string", "classification", "string", "meeting", "url"),
            "Meeting", Map.of("name", "string", "meetingState", "string", "cancelled", "boolean",
                    "start", "date-time", "end", "date-time", "organization", "array", "agendaItem", "array"),
            "AgendaItem", Map.of("meeting", "url", "number", "string", "order", "integer", "name", "string",
                    "public", "boolean", "consultation", "url", "result", "string", "resolutionText", "string",
                    "start", "date-time", "end", "date-time"),
            "Consultation", Map.of("paper", "url", "agendaItem", "url", "meeting", "url", "organization", "array",
                    "authoritative", "boolean", "role", "string"),
            "Paper", Map.of("body", "url", "name", "string", "reference", "string", "date", "date",
                    "paperType", "string", "consultation", "array", "relatedPaper", "array"));
    private static final Map<String, Set<String>> REQUIRED = Map.of(
            "System", Set.of("id", "type", "oparlVersion", "body"),
            "Body", Set.of("id", "type", "system", "name", "organization", "person", "meeting", "paper",
                    "legislativeTerm"),
            "Organization", Set.of("id", "type"),
            "Meeting", Set.of("id", "type"),
            "AgendaItem", Set.of("id", "type", "order"),
            "Consultation", Set.of("id", "type"),
            "Paper", Set.of("id", "type"));

    private OParlSchema() {
    }

    static List<String> violations(JsonNode object) {
        List<String> violations = new ArrayList<>();
        String type = object.path("type").asText().replace(TYPES, "");
        String where = object.path("id").asText() + " (" + type + ")";
        if (!PROPERTIES.containsKey(type)) {
            return List.of(where + ": not an OParl 1.1 type");
        }
        REQUIRED.get(type).stream().filter(property -> !object.has(property))
                .forEach(property -> violations.add(where + ": lacks " + property));
        object.properties().forEach(property -> {
            String kind = PROPERTIES.get(type).getOrDefault(property.getKey(), COMMON.get(property.getKey()));
            if (kind == null) {
                if (!property.getKey().contains(":")) {
                    violations.add(where + ": " + property.getKey() + " is neither OParl nor a named extension");
                }
            } else if (!fits(property.getValue(), kind)) {
                violations.add(where + ": " + property.getKey() + " is not a " + kind);
            }
        });
        return violations;
    }

    static List<String> listViolations(JsonNode list) {
        List<String> violations = new ArrayList<>();
        if (!list.path("data").isArray()) {
            violations.add("a list without data");
        }
        if (!list.path("pagination").isObject() || !list.path("links").isObject()) {
            violations.add("a list without pagination or links");
        }
        return violations;
    }

    private static boolean fits(JsonNode value, String kind) {
        try {
            return switch (kind) {
                case "url" -> value.isTextual() && URI.create(value.asText()).isAbsolute();
                case "string" -> value.isTextual();
                case "boolean" -> value.isBoolean();
                case "integer" -> value.isInt();
                case "array" -> value.isArray();
                case "date-time" -> value.isTextual() && OffsetDateTime.parse(value.asText()) != null;
                case "date" -> value.isTextual() && LocalDate.parse(value.asText()) != null;
                default -> false;
            };
        } catch (RuntimeException e) {
            return false;
        }
    }
}
