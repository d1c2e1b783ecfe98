package de.consortium.api.problem;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import de.consortium.api.messaging.CommandRefusal;
import de.consortium.api.messaging.FailureKind;
import io.grpc.StatusRuntimeException;
import org.axonframework.axonserver.connector.AxonServerException;
import org.axonframework.axonserver.connector.query.AxonServerQueryDispatchException;
import org.axonframework.commandhandling.NoHandlerForCommandException;
import org.axonframework.commandhandling.distributed.CommandDispatchException;
import org.axonframework.queryhandling.NoHandlerForQueryException;
import org.axonframework.queryhandling.QueryExecutionException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.transaction.CannotCreateTransactionException;
import de.consortium.domain.rules.Rule;
import de.consortium.domain.rules.RuleViolation;
import de.consortium.domain.rules.UnknownReference;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.eventsourcing.eventstore.EventStoreException;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.validation.FieldError;
import org.springframework.beans.TypeMismatchException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import de.consortium.api.documents.DamagedDocument;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import java.net.URI;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Every refusal as RFC 9457 problem+json: 400 for input that is malformed or invalid, 403 for what the caller may
 * not do, 404 for unknown projects, partners and requests, 409 for what the programme's rules or the current state
 * forbid (naming the rule), 412 for a command on a version the partner no longer has.
 */
@RestControllerAdvice
public class ProblemHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemHandler.class);
    private static final String RULE_TYPE = "urn:consortium:rule:";
    private static final String RETRY_AFTER_SECONDS = "5";

    @ExceptionHandler(CommandExecutionException.class)
    ResponseEntity<ProblemDetail> refused(CommandExecutionException e) {
        CommandRefusal refusal = e.<CommandRefusal>getDetails().orElse(null);
        if (refusal == null) {
            return failed(e);
        }
        ProblemDetail problem = switch (refusal.kind()) {
            case INVALID -> problem(HttpStatus.BAD_REQUEST, "Invalid request", refusal.message());
            case NOT_FOUND -> problem(HttpStatus.NOT_FOUND, "Not found", refusal.message());
            case RULE_VIOLATED -> ruleViolated(refusal.rule(), refusal.message());
            case STALE_VERSION -> problem(HttpStatus.PRECONDITION_FAILED, "Stale version", refusal.message());
        };
        return ResponseEntity.status(problem.getStatus()).body(problem);
    }

    /**
     * A command or query that failed without a rule refusing it: a duplicate creation and a lost race are refusals
     * of their own; an event store, database or router out of reach is 503, to be retried (with the same
     * Idempotency-Key, which tells whether a command got stored after all).
     */
    @ExceptionHandler({AggregateStreamCreationException.class, ConcurrencyException.class, EventStoreException.class,
            AxonServerException.class, AxonServerQueryDispatchException.class, NoHandlerForCommandException.class,
            NoHandlerForQueryException.class,
            CommandDispatchException.class, QueryExecutionException.class, StatusRuntimeException.class,
            DataAccessResourceFailureException.class, CannotCreateTransactionException.class})
    ResponseEntity<ProblemDetail> failed(Exception e) {
        return switch (FailureKind.of(e)) {
            case DUPLICATE_CREATION -> ResponseEntity.status(HttpStatus.CONFLICT).body(ruleViolated(Rule.EXISTS_ONCE.id(),
                    "It exists already: a project or partner is registered once."));
            case LOST_RACE -> ResponseEntity.status(HttpStatus.CONFLICT).body(ruleViolated(Rule.CONCURRENT_CHANGE.id(),
                    "Another change to the same partner was stored at the same moment; nothing was changed by this"
                            + " request. Read the current state and send it again."));
            case UNAVAILABLE -> {
                log.warn("Unavailable: {}", e.toString());
                yield ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                        .header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS)
                        .body(problem(HttpStatus.SERVICE_UNAVAILABLE, "Temporarily unavailable", "The event store"
                                + " or the message routing could not be reached. A command may or may not have been"
                                + " stored: send it again with the same Idempotency-Key to learn its outcome, or"
                                + " read the current state first."));
            }
            case OTHER -> {
                log.error("Request failed", e);
                yield ResponseEntity.internalServerError().body(problem(HttpStatus.INTERNAL_SERVER_ERROR,
                        "Server error", "The request failed."));
            }
        };
    }

    @ExceptionHandler(AccessDeniedException.class)
    ProblemDetail forbidden(AccessDeniedException e) {
        return problem(HttpStatus.FORBIDDEN, "Forbidden", e.getMessage());
    }

    @ExceptionHandler(RuleViolation.class)
    ProblemDetail ruleViolated(RuleViolation e) {
        return ruleViolated(e.rule(), e.getMessage());
    }

    @ExceptionHandler(UnknownReference.class)
    ProblemDetail notFound(UnknownReference e) {
        return problem(HttpStatus.NOT_FOUND, "Not found", e.getMessage());
    }

    @ExceptionHandler(RequestRefused.class)
    ProblemDetail refused(RequestRefused e) {
        return problem(e.status(), e.title(), e.getMessage());
    }

    /** Not the client's fault: the store gave back other bytes than were kept. Nothing of them is sent. */
    @ExceptionHandler(DamagedDocument.class)
    ProblemDetail damaged(DamagedDocument e) {
        log.error("Document withheld", e);
        return problem(HttpStatus.INTERNAL_SERVER_ERROR, "Damaged document", e.getMessage());
    }

    @Override
    protected ResponseEntity<Object> handleMaxUploadSizeExceededException(MaxUploadSizeExceededException e,
                                                                          HttpHeaders headers, HttpStatusCode status,
                                                                          WebRequest request) {
        return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE).body(problem(HttpStatus.PAYLOAD_TOO_LARGE,
                "Too large", "The upload is larger than this server accepts (consortium.documents.max-size);"
                        + " nothing was kept."));
    }

    @ExceptionHandler(IllegalArgumentException.class)
    ProblemDetail invalid(IllegalArgumentException e) {
        return problem(HttpStatus.BAD_REQUEST, "Invalid request", e.getMessage());
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e,
                                                                  HttpHeaders headers, HttpStatusCode status,
                                                                  WebRequest request) {
        List<String> errors = e.getBindingResult().getFieldErrors().stream()
                .map(ProblemHandler::describe).sorted().toList();
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "Invalid request", String.join("; ", errors));
        problem.setProperty("errors", errors);
        return ResponseEntity.badRequest().body(problem);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e,
                                                                  HttpHeaders headers, HttpStatusCode status,
                                                                  WebRequest request) {
        return ResponseEntity.badRequest().body(problem(HttpStatus.BAD_REQUEST, "Unreadable request",
                unreadable(e.getCause())));
    }

    private static String unreadable(Throwable cause) {
        if (cause instanceof ValueInstantiationException v && v.getCause() != null) {
            return "Invalid value at '" + path(v) + "': " + v.getCause().getMessage();
        }
        if (cause instanceof UnrecognizedPropertyException u) {
            return "Unknown field '" + path(u) + "'; the fields are: " + u.getKnownPropertyIds().stream()
                    .map(String::valueOf).sorted().collect(Collectors.joining(", ")) + ".";
        }
        if (cause instanceof MismatchedInputException m && m.getTargetType() != null) {
            return "The value at '" + path(m) + "' is not " + Expected.of(m.getTargetType()) + reason(m) + ".";
        }
        if (cause instanceof MismatchedInputException m) {
            return "The value at '" + path(m) + "' has the wrong type.";
        }
        return "The body is not well-formed JSON.";
    }

    /** A query parameter or path segment that does not read as what it stands for. */
    @Override
    protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException e, HttpHeaders headers,
                                                        HttpStatusCode status, WebRequest request) {
        String name = e instanceof MethodArgumentTypeMismatchException m ? m.getName() : e.getPropertyName();
        return ResponseEntity.badRequest().body(problem(HttpStatus.BAD_REQUEST, "Invalid request", "The parameter '"
                + name + "' is not " + Expected.of(e.getRequiredType()) + "."));
    }

    @Override
    protected ResponseEntity<Object> handleNoResourceFoundException(NoResourceFoundException e, HttpHeaders headers,
                                                                    HttpStatusCode status, WebRequest request) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(problem(HttpStatus.NOT_FOUND, "Not found",
                "There is nothing at /" + e.getResourcePath() + "; the API's paths are listed at /v3/api-docs."));
    }

    @Override
    protected ResponseEntity<Object> handleHttpRequestMethodNotSupported(HttpRequestMethodNotSupportedException e,
                                                                         HttpHeaders headers, HttpStatusCode status,
                                                                         WebRequest request) {
        String allowed = e.getSupportedHttpMethods() == null ? "" : e.getSupportedHttpMethods().stream()
                .map(Object::toString).sorted().collect(Collectors.joining(", "));
        return ResponseEntity.status(HttpStatus.METHOD_NOT_ALLOWED).headers(headers).body(problem(
                HttpStatus.METHOD_NOT_ALLOWED, "Method not allowed", e.getMethod() + " is not possible here"
                        + (allowed.isEmpty() ? "." : "; it takes " + allowed + ".")));
    }

    /** The reason a strict reader gave for refusing a value it could otherwise read, if it gave one. */
    private static String reason(MismatchedInputException e) {
        String message = e.getOriginalMessage();
        int at = message == null ? -1 : message.lastIndexOf("\": ");
        return e instanceof InvalidFormatException && at >= 0 ? ": " + message.substring(at + 3) : "";
    }

    private static String path(JsonMappingException e) {
        return e.getPath().stream().map(ref -> ref.getFieldName() != null ? ref.getFieldName()
                : "[" + ref.getIndex() + "]").collect(Collectors.joining(".")).replace(".[", "[");
    }

    private static String describe(FieldError error) {
        if (error.contains(TypeMismatchException.class)) {
            return error.getField() + ": is not " + Expected.of(error.unwrap(TypeMismatchException.class)
                    .getRequiredType());
        }
        return error.getField() + ": " + error.getDefaultMessage();
    }

    /** A refusal by a rule of the catalogue: its id, number and what it says (in English, and in German). */
    private static ProblemDetail ruleViolated(String ruleId, String message) {
        Rule rule = Rule.byId(ruleId).orElseThrow(() -> new IllegalStateException("not in the catalogue: " + ruleId));
        ProblemDetail problem = problem(HttpStatus.CONFLICT, rule.english(), message);
        problem.setType(URI.create(RULE_TYPE + rule.id()));
        problem.setProperty("rule", rule.id());
        problem.setProperty("ruleNumber", rule.number());
        problem.setProperty("titleDe", rule.german());
        return problem;
    }

    private static ProblemDetail problem(HttpStatus status, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        return problem;
    }
}
