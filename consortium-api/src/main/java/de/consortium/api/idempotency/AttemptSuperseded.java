package de.consortium.api.idempotency;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * An attempt at an Idempotency-Key request that a retry took over while it still ran: it stores nothing, and its
 * client, if it is still there, gets the retry's answer by sending the request again.
 */
class AttemptSuperseded extends ErrorResponseException {

    static final String TITLE = "Idempotency-Key in use";
    static final String RETRY_AFTER_SECONDS = "1";

    AttemptSuperseded() {
        super(HttpStatus.CONFLICT, problem("A later attempt at this request took it over; nothing was stored by this"
                + " one. Send it again with the same Idempotency-Key for its answer."), null);
        getHeaders().set(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS);
    }

    static ProblemDetail problem(String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, detail);
        problem.setTitle(TITLE);
        return problem;
    }
}
