package de.consortium.api.http;

import de.consortium.api.security.ProblemResponses;
import de.consortium.api.support.Sha256;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;
import org.springframework.web.util.WebUtils;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A client may send a command with an {@code Idempotency-Key}. The first request with a key runs and its answer is
 * kept; a retry with the same key and the same request gets that answer again and runs nothing; the same key with
 * another request is refused (422), as is a retry while the first is still running (409). Keys are per user. A
 * request that failed (an exception, or an answer of 5xx) is not kept, so that a retry may run once more.
 */
@Component
class IdempotencyFilter extends OncePerRequestFilter {

    static final String HEADER = "Idempotency-Key";
    private static final Pattern KEY = Pattern.compile("[\\x21-\\x7E]{1,255}");

    private final JdbcTemplate jdbc;
    private final ProblemResponses problems;
    private final Clock clock;

    IdempotencyFilter(JdbcTemplate jdbc, ProblemResponses problems, Clock clock) {
        this.jdbc = jdbc;
        this.problems = problems;
        this.clock = clock;
    }

    private record Answer(String requestHash, Integer status, String contentType, String location, byte[] body) {
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return request.getHeader(HEADER) == null || !"POST".equals(request.getMethod())
                || !request.getRequestURI().startsWith("/api/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String key = request.getHeader(HEADER);
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        CachedBodyRequest cached = WebUtils.getNativeRequest(request, CachedBodyRequest.class);
        if (!KEY.matcher(key).matches()) {
            problems.write(request, response, HttpStatus.BAD_REQUEST, "Invalid request",
                    "An Idempotency-Key has 1 to 255 visible ASCII characters.");
            return;
        }
        if (authentication == null || cached == null) {
            chain.doFilter(request, response);
            return;
        }
        String principal = authentication.getName();
        String hash = hash(request, cached.body());
        try {
            jdbc.update("INSERT INTO idempotent_request (principal, idempotency_key, request_hash, created_at)"
                    + " VALUES (?, ?, ?, ?)", principal, key, hash, OffsetDateTime.now(clock.withZone(ZoneOffset.UTC)));
        } catch (DuplicateKeyException e) {
            answerAgain(request, response, principal, key, hash);
            return;
        }
        ContentCachingResponseWrapper recorded = new ContentCachingResponseWrapper(response);
        boolean answered = false;
        try {
            chain.doFilter(request, recorded);
            answered = true;
        } finally {
            keep(principal, key, recorded, answered);
            recorded.copyBodyToResponse();
        }
    }

    private void answerAgain(HttpServletRequest request, HttpServletResponse response, String principal, String key,
                             String hash) throws IOException {
        List<Answer> answers = jdbc.query("SELECT request_hash, status, content_type, location, body"
                        + " FROM idempotent_request WHERE principal = ? AND idempotency_key = ?",
                (rs, row) -> new Answer(rs.getString(1), (Integer) rs.getObject(2), rs.getString(3), rs.getString(4),
                        rs.getBytes(5)), principal, key);
        if (answers.isEmpty()) {
            problems.write(request, response, HttpStatus.CONFLICT, "Idempotency-Key in use",
                    "The first request with this Idempotency-Key failed just now; send it again.");
            return;
        }
        Answer answer = answers.get(0);
        if (!answer.requestHash().equals(hash)) {
            problems.write(request, response, HttpStatus.UNPROCESSABLE_ENTITY, "Idempotency-Key reused",
                    "This Idempotency-Key was sent with another request; a key stands for one request only.");
        } else if (answer.status() == null) {
            problems.write(request, response, HttpStatus.CONFLICT, "Idempotency-Key in use",
                    "The first request with this Idempotency-Key is still being processed.");
        } else {
            response.setStatus(answer.status());
            response.setHeader("Idempotent-Replayed", "true");
            if (answer.contentType() != null) {
                response.setContentType(answer.contentType());
            }
            if (answer.location() != null) {
                response.setHeader(HttpHeaders.LOCATION, answer.location());
            }
            if (answer.body() != null) {
                response.getOutputStream().write(answer.body());
            }
        }
    }

    /** An answer is kept unless the request failed: by an exception (its status is not yet set) or with a 5xx. */
    private void keep(String principal, String key, ContentCachingResponseWrapper recorded, boolean answered) {
        if (!answered || recorded.getStatus() >= 500) {
            jdbc.update("DELETE FROM idempotent_request WHERE principal = ? AND idempotency_key = ?", principal, key);
        } else {
            jdbc.update("UPDATE idempotent_request SET status = ?, content_type = ?, location = ?, body = ?"
                            + " WHERE principal = ? AND idempotency_key = ?", recorded.getStatus(),
                    recorded.getContentType(), recorded.getHeader(HttpHeaders.LOCATION),
                    recorded.getContentAsByteArray(), principal, key);
        }
    }

    private static String hash(HttpServletRequest request, byte[] body) {
        MessageDigest digest = Sha256.digest();
        digest.update((request.getMethod() + " " + request.getRequestURI() + "?" + request.getQueryString() + "\n")
                .getBytes(StandardCharsets.UTF_8));
        digest.update(body);
        return Sha256.hex(digest);
    }
}
