package de.consortium.api.problem;

import org.springframework.http.HttpStatus;

/** A request refused for what it carries, with the status and the words its problem answer gives. */
public class RequestRefused extends RuntimeException {

    private final HttpStatus status;
    private final String title;

    public RequestRefused(HttpStatus status, String title, String detail) {
        super(detail);
        this.status = status;
        this.title = title;
    }

    public HttpStatus status() {
        return status;
    }

    public String title() {
        return title;
    }
}
