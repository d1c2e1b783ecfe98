package de.consortium.api.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Examples from the demo scenarios (the CUT case first): a command's request body is the first step that sends it,
 * path parameters the first ids the scenarios use. Response bodies, and the request of a command no scenario sends,
 * are under {@code openapi/examples/}, each checked against the document by a test.
 */
final class ScenarioExamples {

    /** The CUT case, whose examples come first. */
    static final String FIRST_SCENARIO = "cut";
    private static final Set<String> IDS_IN_BODIES = Set.of("requestId", "proofId", "claimId");

    private final ObjectMapper mapper;
    private final Map<String, JsonNode> requests = new LinkedHashMap<>();
    private final Map<String, String> pathParameters = new LinkedHashMap<>();

    ScenarioExamples(ObjectMapper mapper) {
        this.mapper = mapper;
        scenarios().forEach(this::learn);
    }

    Optional<JsonNode> request(String operationId) {
        return Optional.ofNullable(requests.get(operationId)).or(() -> file(operationId + ".request.json"));
    }

    Optional<JsonNode> response(String operationId) {
        return file(operationId + ".json");
    }

    Optional<String> pathParameter(String name) {
        return Optional.ofNullable(pathParameters.get(name));
    }

    private void learn(JsonNode scenario) {
        pathParameters.putIfAbsent("projectId", scenario.path("projectId").asText());
        for (JsonNode step : scenario.path("steps")) {
            requests.putIfAbsent(operationId(step.path("command").asText()), step.path("body"));
            if (step.hasNonNull("partner")) {
                pathParameters.putIfAbsent("partner", step.path("partner").asText());
            }
            step.path("body").properties().stream().filter(field -> IDS_IN_BODIES.contains(field.getKey()))
                    .forEach(field -> pathParameters.putIfAbsent(field.getKey(), field.getValue().asText()));
        }
    }

    /** A command's name in the API ({@code pass-council-resolution}) is its operation id in camel case. */
    static String operationId(String command) {
        StringBuilder id = new StringBuilder();
        for (String word : command.split("-")) {
            id.append(id.isEmpty() ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1));
        }
        return id.toString();
    }

    private List<JsonNode> scenarios() {
        try {
            List<Resource> resources = new ArrayList<>(List.of(new PathMatchingResourcePatternResolver()
                    .getResources("classpath:scenarios/*.json")));
            resources.sort(Comparator.comparing((Resource r) -> !(FIRST_SCENARIO + ".json").equals(r.getFilename()))
                    .thenComparing(Resource::getFilename));
            List<JsonNode> scenarios = new ArrayList<>();
            for (Resource resource : resources) {
                try (InputStream in = resource.getInputStream()) {
                    scenarios.add(mapper.readTree(in));
                }
            }
            return scenarios;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Optional<JsonNode> file(String name) {
        ClassPathResource resource = new ClassPathResource("openapi/examples/" + name);
        if (!resource.exists()) {
            return Optional.empty();
        }
        try (InputStream in = resource.getInputStream()) {
            return Optional.of(mapper.readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
