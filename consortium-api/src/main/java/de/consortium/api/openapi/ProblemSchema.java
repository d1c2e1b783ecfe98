package de.consortium.api.openapi;

import de.consortium.domain.rules.Rule;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The one schema of every refusal (RFC 9457 problem+json). A refusal by a rule of the programme names the rule from
 * the catalogue ({@link Rule}): its id in {@code rule} and in {@code type}, its number in the documentation and its
 * German text; invalid input lists each field's error in {@code errors}.
 */
final class ProblemSchema {

    static final String NAME = "Problem";
    static final String REF = "#/components/schemas/" + NAME;

    private ProblemSchema() {
    }

    static Content content() {
        return new Content().addMediaType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                new MediaType().schema(new Schema<>().$ref(REF)));
    }

    static Schema<?> schema() {
        Map<String, Schema> properties = new LinkedHashMap<>();
        properties.put("type", text("'about:blank', or urn:consortium:rule:<rule> for a refusal by a rule")
                .format("uri"));
        properties.put("title", text("What kind of refusal this is; for a rule, the rule in English"));
        properties.put("status", new Schema<Integer>().types(Set.of("integer")).format("int32")
                .description("The HTTP status"));
        properties.put("detail", text("What exactly was refused, and why"));
        properties.put("instance", text("The request's path").format("uri-reference"));
        properties.put("rule", text("The id of the rule of the catalogue that refused the command")
                ._enum(Arrays.stream(Rule.values()).map(Rule::id).toList()));
        properties.put("ruleNumber", text("The rule's number in the programme's rules (docs/domain.md)")
                .pattern("^R[0-9]+(\\.[0-9]+)?$"));
        properties.put("titleDe", text("The rule in German"));
        properties.put("errors", new Schema<>().types(Set.of("array")).items(text(null))
                .description("Each invalid field with what it expects"));
        return new Schema<>().types(Set.of("object")).properties(properties)
                .required(List.of("type", "title", "status", "detail"))
                .description("A refusal (RFC 9457). Refusals by a rule carry rule, ruleNumber and titleDe.");
    }

    private static Schema<String> text(String description) {
        Schema<String> schema = new Schema<String>().types(Set.of("string"));
        return description == null ? schema : schema.description(description);
    }
}
