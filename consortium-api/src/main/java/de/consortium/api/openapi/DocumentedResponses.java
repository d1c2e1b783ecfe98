package de.consortium.api.openapi;

import de.consortium.api.messaging.CommandAccepted;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.HeaderParameter;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import org.springdoc.core.customizers.GlobalOperationCustomizer;
import org.springframework.core.ResolvableType;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.method.HandlerMethod;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Every answer an operation can give, from what the server does: any call may be unauthenticated (401), forbidden
 * (403) or ask for a media type the server does not write (406); a path names something that may not exist (404);
 * query parameters may be malformed (400). A command (an operation answering {@link CommandAccepted}) also takes an
 * Idempotency-Key, and on a partner its If-Match; it may be malformed (400), too large (413), of the wrong media type
 * (415), refused by a rule (409), stale (412), a reused key (422) or find the event store unreachable (503). All
 * refusals are one problem+json schema.
 */
final class DocumentedResponses implements GlobalOperationCustomizer {

    static final String IDEMPOTENCY_KEY = "Idempotency-Key";
    static final String IDEMPOTENT_REPLAYED = "Idempotent-Replayed";

    @Override
    public Operation customize(Operation operation, HandlerMethod handler) {
        List<Parameter> parameters = operation.getParameters() == null ? List.of() : operation.getParameters();
        Set<String> pathVariables = parameters.stream().filter(parameter -> "path".equals(parameter.getIn()))
                .map(Parameter::getName).collect(Collectors.toSet());
        boolean command = handler.hasMethodAnnotation(PostMapping.class) && ResolvableType
                .forMethodReturnType(handler.getMethod()).getGeneric(0).toClass() == CommandAccepted.class;
        boolean hasQuery = parameters.stream().anyMatch(parameter -> "query".equals(parameter.getIn()));
        ApiResponses responses = operation.getResponses();
        Map<String, String> refusals = new TreeMap<>(Map.of(
                "401", "Not signed in, or the credentials are wrong.",
                "403", "The signed-in user may not do this.",
                "406", "The Accept header asks for a media type this operation does not write."));
        if (!pathVariables.isEmpty()) {
            refusals.put("404", "Nothing of this id exists (or the path is unknown).");
        }
        if (hasQuery || command) {
            refusals.put("400", "The request is malformed: the problem names each field and the expected format.");
        }
        if (command) {
            documentCommand(operation, responses, pathVariables.contains("partner"), refusals);
        }
        refusals.forEach((status, description) -> responses.computeIfAbsent(status,
                code -> new ApiResponse().description(description)));
        responses.forEach((status, response) -> {
            if (status.startsWith("4") || status.startsWith("5")) {
                response.setContent(ProblemSchema.content());
            } else if (status.equals("204") || status.equals("304")) {
                response.setContent(null);
            }
        });
        return operation;
    }

    private static void documentCommand(Operation operation, ApiResponses responses, boolean onPartner,
                                        Map<String, String> refusals) {
        operation.addParametersItem(new HeaderParameter().name(IDEMPOTENCY_KEY).required(false)
                .description("Makes a retry safe: a request sent again with the same key (by the same user) is"
                        + " answered as the first was, and its command is carried out once.")
                .schema(new Schema<String>().types(Set.of("string")).minLength(1).maxLength(255)
                        .pattern("^[\\x21-\\x7E]+$"))
                .example("c0b1a3f4-request-disbursement-1"));
        refusals.put("409", "A rule of the programme refuses the command (its id in 'rule'), another client changed"
                + " the same thing at the same moment, or a retry with the same Idempotency-Key is still running"
                + " (with Retry-After).");
        refusals.put("413", "The request body is larger than the server accepts.");
        refusals.put("415", "The body is not application/json.");
        refusals.put("422", "This Idempotency-Key was used for another request.");
        refusals.put("503", "The event store cannot be reached; nothing was stored. Send the request again after"
                + " Retry-After seconds (with the same Idempotency-Key).");
        if (onPartner) {
            operation.addParametersItem(new HeaderParameter().name("If-Match").required(false)
                    .description("The partner's version (its ETag) this command was decided on; the command is"
                            + " refused with 412 if the partner has changed since.")
                    .schema(new Schema<String>().types(Set.of("string")).pattern("^(W/)?\"?[0-9]{1,18}\"?$|^\\*$"))
                    .example("\"7\""));
            refusals.put("412", "The partner has changed since the version named in If-Match.");
        }
        responses.forEach((status, response) -> {
            if (status.startsWith("2")) {
                response.addHeaderObject(IDEMPOTENT_REPLAYED, new Header()
                        .description("'true' when this is the stored answer to an earlier request with the same"
                                + " Idempotency-Key")
                        .schema(new Schema<String>().types(Set.of("string"))._enum(List.of("true"))));
            }
            if (status.equals(String.valueOf(HttpStatus.CREATED.value()))) {
                response.addHeaderObject("Location", new Header().description("Where to read what was created")
                        .schema(new Schema<String>().types(Set.of("string")).format("uri-reference")));
            }
        });
    }
}
