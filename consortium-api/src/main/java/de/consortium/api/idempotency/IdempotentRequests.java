package de.consortium.api.idempotency;

import de.consortium.api.cluster.ClusterProperties;
import de.consortium.api.messaging.CommandAttempt;
import de.consortium.api.messaging.CommandOutcome;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/**
 * The requests sent with an Idempotency-Key, per user and key: the current attempt at each (its number, the node
 * running it, since when), what it stored, and its answer once it has one. Every change to a request names the
 * attempt it belongs to, so an attempt that was taken over can change nothing any more.
 */
@Component
class IdempotentRequests {

    /** A request as stored; {@code owner} is {@code null} once its attempt failed and a retry may run at once. */
    record StoredRequest(String principal, String key, String requestHash, int attempt, String owner,
                         OffsetDateTime attemptStartedAt, CommandOutcome appended, Answer answer) {
    }

    /** The answer a request got, sent again to its retries. */
    record Answer(int status, String contentType, String location, byte[] body) {
    }

    private final JdbcTemplate jdbc;
    private final ClusterProperties cluster;
    private final Clock clock;

    IdempotentRequests(JdbcTemplate jdbc, ClusterProperties cluster, Clock clock) {
        this.jdbc = jdbc;
        this.cluster = cluster;
        this.clock = clock;
    }

    /** Starts the first attempt at a request on this node; empty if the key is known already. */
    Optional<CommandAttempt> begin(String principal, String key, String requestHash) {
        try {
            jdbc.update("INSERT INTO idempotent_request (principal, idempotency_key, request_hash, created_at,"
                            + " attempt, owner, attempt_started_at) VALUES (?, ?, ?, ?, 1, ?, ?)", principal, key,
                    requestHash, now(), cluster.nodeId(), now());
            return Optional.of(new CommandAttempt(principal, key, 1, null));
        } catch (DuplicateKeyException known) {
            return Optional.empty();
        }
    }

    Optional<StoredRequest> find(String principal, String key) {
        List<StoredRequest> found = jdbc.query("SELECT request_hash, attempt, owner, attempt_started_at, aggregate_id,"
                + " aggregate_version, status, content_type, location, body FROM idempotent_request"
                + " WHERE principal = ? AND idempotency_key = ?", (rs, row) -> new StoredRequest(principal, key,
                rs.getString("request_hash"), rs.getInt("attempt"), rs.getString("owner"),
                rs.getObject("attempt_started_at", OffsetDateTime.class),
                rs.getString("aggregate_id") == null ? null : new CommandOutcome(rs.getString("aggregate_id"),
                        rs.getLong("aggregate_version")),
                rs.getObject("status") == null ? null : new Answer(rs.getInt("status"), rs.getString("content_type"),
                        rs.getString("location"), rs.getBytes("body"))), principal, key);
        return found.stream().findFirst();
    }

    /**
     * Makes this node run the next attempt at a request without answer; empty if another retry took it first. The
     * new attempt carries what the earlier one stored, so that it is not stored twice.
     */
    Optional<CommandAttempt> takeOver(StoredRequest request) {
        int next = request.attempt() + 1;
        int taken = jdbc.update("UPDATE idempotent_request SET attempt = ?, owner = ?, attempt_started_at = ?"
                        + " WHERE principal = ? AND idempotency_key = ? AND attempt = ? AND status IS NULL", next,
                cluster.nodeId(), now(), request.principal(), request.key(), request.attempt());
        return taken == 1
                ? Optional.of(new CommandAttempt(request.principal(), request.key(), next, request.appended()))
                : Optional.empty();
    }

    /**
     * Records that this attempt stores the command's events, before they commit: on the JDBC store in the very
     * transaction that stores them (both are kept or neither); with Axon Server, whose commands run without a
     * database transaction ({@code AxonServerCommandHandling}), at once, so that the record is committed before the
     * events are. Either way a request without the record has stored nothing; one with it has, unless its events
     * then failed to commit, which a retry finds out from the event store ({@link AppendedOutcomes}). Refused if a
     * retry has taken the request over meanwhile, which rolls the events back.
     */
    void recordAppended(CommandAttempt attempt, CommandOutcome outcome) {
        if (jdbc.update("UPDATE idempotent_request SET aggregate_id = ?, aggregate_version = ? WHERE principal = ?"
                        + " AND idempotency_key = ? AND attempt = ?", outcome.aggregateId(), outcome.version(),
                attempt.principal(), attempt.key(), attempt.number()) != 1) {
            throw new AttemptSuperseded();
        }
    }

    void answer(CommandAttempt attempt, Answer answer) {
        jdbc.update("UPDATE idempotent_request SET status = ?, content_type = ?, location = ?, body = ?, owner = NULL"
                        + " WHERE principal = ? AND idempotency_key = ? AND attempt = ?", answer.status(),
                answer.contentType(), answer.location(), answer.body(), attempt.principal(), attempt.key(),
                attempt.number());
    }

    /** The attempt failed without an answer: a retry may take the request over at once. */
    void release(CommandAttempt attempt) {
        jdbc.update("UPDATE idempotent_request SET owner = NULL WHERE principal = ? AND idempotency_key = ?"
                + " AND attempt = ?", attempt.principal(), attempt.key(), attempt.number());
    }

    void forgetCreatedBefore(OffsetDateTime instant) {
        jdbc.update("DELETE FROM idempotent_request WHERE created_at < ?", instant);
    }

    OffsetDateTime now() {
        return OffsetDateTime.now(clock.withZone(ZoneOffset.UTC));
    }
}
