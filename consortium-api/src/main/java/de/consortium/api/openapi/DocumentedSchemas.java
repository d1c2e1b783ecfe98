package de.consortium.api.openapi;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import org.axonframework.config.EventProcessingConfiguration;
import org.springdoc.core.customizers.GlobalOpenApiCustomizer;
import org.springframework.beans.factory.ObjectProvider;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The document as a whole: the problem schema in place of Spring's, every property of an answer required (answers
 * always carry every field, null where {@code @Nullable} allows it), read models named by their processors, and
 * examples on every body and path parameter.
 */
final class DocumentedSchemas implements GlobalOpenApiCustomizer {

    private static final String SCHEMAS = "#/components/schemas/";

    private final ObjectProvider<EventProcessingConfiguration> processing;
    private final ScenarioExamples examples;

    DocumentedSchemas(ObjectProvider<EventProcessingConfiguration> processing, ScenarioExamples examples) {
        this.processing = processing;
        this.examples = examples;
    }

    @Override
    public void customise(OpenAPI openApi) {
        Map<String, Schema> schemas = openApi.getComponents().getSchemas();
        schemas.remove("ProblemDetail");
        schemas.remove("StreamingResponseBody");
        schemas.put(ProblemSchema.NAME, ProblemSchema.schema());
        Set<String> inRequests = reachable(schemas, operations(openApi).map(Operation::getRequestBody)
                .filter(Objects::nonNull).map(body -> body.getContent()));
        Set<String> inResponses = reachable(schemas, operations(openApi).flatMap(operation -> operation.getResponses()
                .values().stream()).map(response -> response.getContent()).filter(Objects::nonNull));
        inResponses.removeAll(inRequests);
        inResponses.remove(ProblemSchema.NAME);
        inResponses.forEach(name -> {
            Schema<?> schema = schemas.get(name);
            if (schema.getProperties() != null) {
                schema.setRequired(new ArrayList<>(schema.getProperties().keySet()));
            }
        });
        operations(openApi).forEach(this::addExamples);
    }

    private void addExamples(Operation operation) {
        String id = operation.getOperationId();
        if (operation.getParameters() != null) {
            for (Parameter parameter : operation.getParameters()) {
                if ("path".equals(parameter.getIn())) {
                    if ("processor".equals(parameter.getName())) {
                        List<String> processors = processorNames();
                        parameter.setSchema(new Schema<String>().types(Set.of("string"))._enum(processors));
                        parameter.setExample(processors.get(0));
                    }
                    examples.pathParameter(parameter.getName()).ifPresent(parameter::setExample);
                }
            }
        }
        if (operation.getRequestBody() != null) {
            examples.request(id).ifPresent(example -> operation.getRequestBody().getContent().values()
                    .forEach(media -> media.setExample(example)));
        }
        examples.response(id).ifPresent(example -> operation.getResponses().forEach((status, response) -> {
            if (status.startsWith("2") && response.getContent() != null) {
                response.getContent().values().forEach(media -> media.setExample(example));
            }
        }));
    }

    private List<String> processorNames() {
        EventProcessingConfiguration configuration = processing.getObject();
        return configuration.eventProcessors().keySet().stream().sorted().toList();
    }

    private static Stream<Operation> operations(OpenAPI openApi) {
        return openApi.getPaths().values().stream().flatMap(path -> path.readOperations().stream());
    }

    /** The names of the component schemas these bodies refer to, directly or through other schemas. */
    private static Set<String> reachable(Map<String, Schema> schemas, Stream<Content> contents) {
        Deque<Schema<?>> open = new ArrayDeque<>();
        contents.flatMap(content -> content.values().stream()).map(media -> media.getSchema())
                .filter(Objects::nonNull).forEach(open::add);
        Set<String> names = new HashSet<>();
        while (!open.isEmpty()) {
            Schema<?> schema = open.pop();
            if (schema.get$ref() != null) {
                String name = schema.get$ref().substring(SCHEMAS.length());
                if (names.add(name) && schemas.containsKey(name)) {
                    open.push(schemas.get(name));
                }
            }
            if (schema.getProperties() != null) {
                schema.getProperties().values().forEach(open::push);
            }
            if (schema.getItems() != null) {
                open.push(schema.getItems());
            }
            if (schema.getOneOf() != null) {
                schema.getOneOf().forEach(open::push);
            }
            if (schema.getAdditionalProperties() instanceof Schema<?> values) {
                open.push(values);
            }
        }
        return names;
    }
}
