package de.consortium.api.http;

import de.consortium.api.security.ProblemResponses;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.io.InputStream;

/**
 * Reads a request body up to the configured limit, declared or chunked, and refuses a larger one with 413 before
 * anything parses it. Commands are small; the limit protects memory and the parsers, not the rules.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class BodySizeLimitFilter extends OncePerRequestFilter {

    private final HttpProperties properties;
    private final ProblemResponses problems;

    BodySizeLimitFilter(HttpProperties properties, ProblemResponses problems) {
        this.properties = properties;
        this.problems = problems;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !request.getRequestURI().startsWith("/api/") || Uploads.isUpload(request);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long limit = properties.maxBodySize().toBytes();
        if (request.getContentLengthLong() > limit) {
            tooLarge(request, response, limit);
            return;
        }
        byte[] body;
        try (InputStream in = request.getInputStream()) {
            body = in.readNBytes((int) limit + 1);
        } catch (IOException unreadable) {
            // a body that breaks its own framing (chunks that are not chunks, a length that is not kept)
            response.setHeader("Connection", "close");
            problems.write(request, response, HttpStatus.BAD_REQUEST, "Unreadable request",
                    "The request body could not be read as sent (its length or chunked encoding is broken).");
            return;
        }
        if (body.length > limit) {
            tooLarge(request, response, limit);
            return;
        }
        chain.doFilter(new CachedBodyRequest(request, body), response);
    }

    private void tooLarge(HttpServletRequest request, HttpServletResponse response, long limit) throws IOException {
        response.setHeader("Connection", "close");
        problems.write(request, response, HttpStatus.PAYLOAD_TOO_LARGE, "Request too large",
                "A request body may have at most " + limit + " bytes.");
    }
}
