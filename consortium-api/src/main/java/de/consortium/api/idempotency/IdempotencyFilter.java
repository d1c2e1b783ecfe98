package de.consortium.api.idempotency;

import de.consortium.api.cluster.ClusterNodes;
import de.consortium.api.cluster.ClusterProperties;
import de.consortium.api.http.CachedBodyRequest;
import de.consortium.api.http.Uploads;
import de.consortium.api.http.HttpProperties;
import de.consortium.api.messaging.CommandAttempt;
import de.consortium.api.security.ProblemResponses;
import de.consortium.api.support.Sha256;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;
import org.springframework.web.util.WebUtils;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * A client may send a command with an {@code Idempotency-Key}. The first request with a key runs and its answer is
 * kept; a retry with the same key and the same request gets that answer again and runs nothing; the same key with
 * another request is refused (422). Keys are per user.
 * <p>
 * A retry while the first attempt still runs is asked to come back (409 with Retry-After). A retry of an attempt
 * that can no longer answer (it failed, its node is gone, or it has hung for longer than
 * {@code consortium.http.idempotency-takeover}) takes the request over: if the earlier attempt stored its events
 * (the event store confirms it: {@link AppendedOutcomes}), the retry answers with that outcome, otherwise the
 * command runs now. Never twice: see {@link IdempotentAttemptGuard}.
 */
@Component
class IdempotencyFilter extends OncePerRequestFilter {

    static final String HEADER = "Idempotency-Key";
    private static final Pattern KEY = Pattern.compile("[\\x21-\\x7E]{1,255}");

    private final IdempotentRequests requests;
    private final AppendedOutcomes outcomes;
    private final ProblemResponses problems;
    private final ClusterNodes nodes;
    private final ClusterProperties cluster;
    private final HttpProperties properties;
    /** The requests whose attempt runs on this node now. */
    private final Set<String> running = ConcurrentHashMap.newKeySet();

    IdempotencyFilter(IdempotentRequests requests, AppendedOutcomes outcomes, ProblemResponses problems,
                      ClusterNodes nodes, ClusterProperties cluster, HttpProperties properties) {
        this.requests = requests;
        this.outcomes = outcomes;
        this.problems = problems;
        this.nodes = nodes;
        this.cluster = cluster;
        this.properties = properties;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return request.getHeader(HEADER) == null || !"POST".equals(request.getMethod())
                || !request.getRequestURI().startsWith("/api/") || Uploads.isUpload(request);
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
        Optional<CommandAttempt> attempt = requests.begin(principal, key, hash);
        if (attempt.isEmpty()) {
            Optional<IdempotentRequests.StoredRequest> known = requests.find(principal, key);
            if (known.isPresent() && !known.get().requestHash().equals(hash)) {
                problems.write(request, response, HttpStatus.UNPROCESSABLE_ENTITY, "Idempotency-Key reused",
                        "This Idempotency-Key was sent with another request; a key stands for one request only.");
                return;
            }
            if (known.isPresent() && known.get().answer() != null) {
                answerAgain(response, known.get().answer());
                return;
            }
            attempt = known.filter(this::cannotAnswer).flatMap(requests::takeOver).map(outcomes::confirmed);
        }
        if (attempt.isEmpty()) {
            response.setHeader(HttpHeaders.RETRY_AFTER, AttemptSuperseded.RETRY_AFTER_SECONDS);
            problems.write(request, response, HttpStatus.CONFLICT, AttemptSuperseded.TITLE,
                    "The first request with this Idempotency-Key is still being processed; send it again shortly.");
            return;
        }
        run(attempt.get(), request, response, chain);
    }

    private void run(CommandAttempt attempt, HttpServletRequest request, HttpServletResponse response,
                     FilterChain chain) throws ServletException, IOException {
        String running = attempt.principal() + "\n" + attempt.key();
        this.running.add(running);
        request.setAttribute(CommandAttempt.ATTRIBUTE, attempt);
        ContentCachingResponseWrapper recorded = new ContentCachingResponseWrapper(response);
        boolean answered = false;
        try {
            chain.doFilter(request, recorded);
            answered = recorded.getStatus() < 500;
        } finally {
            this.running.remove(running);
            if (answered) {
                requests.answer(attempt, new IdempotentRequests.Answer(recorded.getStatus(),
                        recorded.getContentType(), recorded.getHeader(HttpHeaders.LOCATION),
                        recorded.getContentAsByteArray()));
            } else {
                requests.release(attempt);
            }
            recorded.copyBodyToResponse();
        }
    }

    /**
     * Whether the attempt at a request can no longer answer: it failed, or the node running it is gone (or is this
     * one, which no longer runs it: it was started before a restart), or it has hung for too long.
     */
    private boolean cannotAnswer(IdempotentRequests.StoredRequest request) {
        String owner = request.owner();
        if (owner == null) {
            return true;
        }
        if (owner.equals(cluster.nodeId())) {
            return !running.contains(request.principal() + "\n" + request.key());
        }
        return !nodes.isLive(owner)
                || request.attemptStartedAt().plus(properties.idempotencyTakeover()).isBefore(requests.now());
    }

    private static void answerAgain(HttpServletResponse response, IdempotentRequests.Answer answer)
            throws IOException {
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

    private static String hash(HttpServletRequest request, byte[] body) {
        MessageDigest digest = Sha256.digest();
        digest.update((request.getMethod() + " " + request.getRequestURI() + "?" + request.getQueryString() + "\n")
                .getBytes(StandardCharsets.UTF_8));
        digest.update(body);
        return Sha256.hex(digest);
    }
}
