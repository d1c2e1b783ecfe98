package de.consortium.api.http;

import de.consortium.api.security.ProblemResponses;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.util.List;

/**
 * Commands speak JSON both ways, and that is settled before one runs: a command whose body is not JSON is refused
 * with 415 (before anything parses it, a multipart body included), one whose client accepts no JSON answer with 406.
 * Otherwise the command would be stored and only its answer refused. The one exception is a document's upload,
 * which is a form with a file (multipart/form-data), answered in JSON as well.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 20)
class CommandMediaTypes extends OncePerRequestFilter {

    private static final List<MediaType> ANSWERS = List.of(MediaType.APPLICATION_JSON,
            MediaType.APPLICATION_PROBLEM_JSON);

    private final ProblemResponses problems;

    CommandMediaTypes(ProblemResponses problems) {
        this.problems = problems;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod()) || !request.getRequestURI().startsWith("/api/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        boolean upload = Uploads.isUpload(request);
        if (upload && !is(MediaType.MULTIPART_FORM_DATA, request.getContentType())) {
            problems.write(request, response, HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Unsupported media type",
                    "A document is uploaded as a form (Content-Type: multipart/form-data) with the part 'file'.");
        } else if (!upload && !readsJson(request)) {
            response.setHeader(HttpHeaders.ACCEPT, MediaType.APPLICATION_JSON_VALUE);
            problems.write(request, response, HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Unsupported media type",
                    "A command's body is JSON (Content-Type: application/json).");
        } else if (!acceptsJson(request)) {
            problems.write(request, response, HttpStatus.NOT_ACCEPTABLE, "Not acceptable",
                    "A command is answered in JSON (application/json, or application/problem+json for a refusal);"
                            + " nothing was done.");
        } else {
            chain.doFilter(request, response);
        }
    }

    /** JSON, or no body at all (a command that needs none). */
    private static boolean readsJson(HttpServletRequest request) {
        String contentType = request.getContentType();
        if (contentType == null) {
            return request.getContentLengthLong() <= 0 && request.getHeader(HttpHeaders.TRANSFER_ENCODING) == null;
        }
        return is(MediaType.APPLICATION_JSON, contentType);
    }

    private static boolean is(MediaType expected, String contentType) {
        try {
            return contentType != null && expected.isCompatibleWith(MediaType.parseMediaType(contentType));
        } catch (InvalidMediaTypeException e) {
            return false;
        }
    }

    private static boolean acceptsJson(HttpServletRequest request) {
        String accept = request.getHeader(HttpHeaders.ACCEPT);
        if (accept == null || accept.isBlank()) {
            return true;
        }
        try {
            return MediaType.parseMediaTypes(accept).stream()
                    .anyMatch(range -> ANSWERS.stream().anyMatch(range::includes));
        } catch (InvalidMediaTypeException e) {
            return false;
        }
    }
}
