package de.consortium.api.problem;

import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.web.servlet.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;

/**
 * What the servlet container forwards to its error page (a request that failed in a filter, a status sent with
 * {@code sendError}) is answered as problem+json too, like every refusal, never as Spring's own error JSON.
 */
@Hidden
@RestController
class ProblemErrorController implements ErrorController {

    @RequestMapping(value = "${server.error.path:/error}", produces = MediaType.ALL_VALUE)
    ResponseEntity<ProblemDetail> error(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        HttpStatus status = code instanceof Integer value && HttpStatus.resolve(value) != null
                ? HttpStatus.valueOf(value) : HttpStatus.INTERNAL_SERVER_ERROR;
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, status.is5xxServerError()
                ? "The server could not complete the request. Read the current state before sending a command again,"
                + " or send it again with the same Idempotency-Key."
                : "The request could not be processed as sent.");
        problem.setTitle(status.is5xxServerError() ? "Server error" : "Invalid request");
        if (request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) instanceof String uri) {
            problem.setInstance(URI.create(uri.replaceAll("[^A-Za-z0-9/._~-]", "")));
        }
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
