package de.consortium.api.operations;

import de.consortium.api.cluster.ClusterProperties;
import de.consortium.domain.rules.RuleViolation;
import de.consortium.domain.rules.UnknownReference;
import de.consortium.projections.budget.BudgetProjection;
import de.consortium.projections.disbursement.DisbursementProjection;
import de.consortium.projections.resolution.ResolutionProjection;
import de.consortium.projections.status.ProjectStatusProjection;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.ReplayToken;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.axonframework.springboot.TokenStoreProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;

/**
 * Rebuilds a read model from the history on every node together. An operator's request stops the processor on
 * each node at its next tick; when no node holds a segment any more, one node wins the reset (a guarded status
 * change), resets the tokens (the projection empties its tables) and starts again; the others start when they see
 * it replaying. The API keeps answering meanwhile, from the read model as far as it is rebuilt.
 */
@Component
class ReplayCoordinator {

    static final Set<String> REPLAYABLE = Set.of(ProjectStatusProjection.GROUP, BudgetProjection.GROUP,
            ResolutionProjection.GROUP, DisbursementProjection.GROUP);
    private static final Logger log = LoggerFactory.getLogger(ReplayCoordinator.class);

    private record Token(int segment, String owner, Instant claimedAt, TrackingToken token) {
    }

    private final JdbcTemplate jdbc;
    private final EventProcessingConfiguration processing;
    private final EventStore eventStore;
    private final Serializer serializer;
    private final TokenStoreProperties tokenStore;
    private final ClusterProperties cluster;
    private final Clock clock;

    ReplayCoordinator(JdbcTemplate jdbc, EventProcessingConfiguration processing, EventStore eventStore,
                      Serializer serializer, TokenStoreProperties tokenStore, ClusterProperties cluster, Clock clock) {
        this.jdbc = jdbc;
        this.processing = processing;
        this.eventStore = eventStore;
        this.serializer = serializer;
        this.tokenStore = tokenStore;
        this.cluster = cluster;
        this.clock = clock;
    }

    ReplayProgress request(String processor, String requestedBy) {
        requireReplayable(processor);
        // a finished rebuild makes room; of operators asking at once on any nodes, the primary key lets one win
        jdbc.update("DELETE FROM processor_replay WHERE processor_name = ? AND status = ?", processor,
                ReplayStatus.DONE.name());
        try {
            jdbc.update("INSERT INTO processor_replay (processor_name, status, requested_by, requested_at)"
                    + " VALUES (?, ?, ?, ?)", processor, ReplayStatus.REQUESTED.name(), requestedBy, now());
        } catch (DuplicateKeyException e) {
            throw new RuleViolation("one-replay-at-a-time", "A rebuild of " + processor + " is under way.");
        }
        log.info("{} asked to rebuild {}", requestedBy, processor);
        tick();
        return progress(processor);
    }

    @Scheduled(fixedDelayString = "${consortium.cluster.balance-interval:5s}")
    synchronized void tick() {
        jdbc.query("SELECT processor_name, status FROM processor_replay", rs -> {
            advance(rs.getString(1), ReplayStatus.valueOf(rs.getString(2)));
        });
    }

    private void advance(String name, ReplayStatus status) {
        StreamingEventProcessor processor = processor(name);
        switch (status) {
            case REQUESTED, RESETTING -> {
                if (processor.isRunning()) {
                    processor.shutDown();
                }
                if (status == ReplayStatus.REQUESTED && tokens(name).stream().noneMatch(this::claimed)
                        && moved(name, ReplayStatus.REQUESTED, ReplayStatus.RESETTING)) {
                    processor.resetTokens();
                    moved(name, ReplayStatus.RESETTING, ReplayStatus.REPLAYING);
                    log.info("{} reset its tokens of {}; replaying", cluster.nodeId(), name);
                    processor.start();
                }
            }
            case REPLAYING -> {
                if (!processor.isRunning()) {
                    processor.start();
                }
                if (tokens(name).stream().noneMatch(t -> replaying(t.token()))
                        && moved(name, ReplayStatus.REPLAYING, ReplayStatus.DONE)) {
                    jdbc.update("UPDATE processor_replay SET finished_at = ? WHERE processor_name = ?", now(), name);
                    log.info("Rebuild of {} done", name);
                }
            }
            case DONE -> {
                if (!processor.isRunning()) {
                    processor.start();
                }
            }
        }
    }

    ReplayProgress progress(String processor) {
        requireReplayable(processor);
        List<ReplayProgress> rows = jdbc.query("SELECT status, requested_by, requested_at, finished_at"
                + " FROM processor_replay WHERE processor_name = ?", (rs, row) -> {
            TrackingToken headToken = eventStore.createHeadToken();
            long head = headToken == null ? 0 : headToken.position().orElse(0);
            List<ReplayProgress.Segment> segments = tokens(processor).stream().map(t -> new ReplayProgress.Segment(
                    t.segment(), t.owner(), t.token() == null ? null : t.token().position().orElse(0),
                    replaying(t.token()))).toList();
            long slowest = segments.stream().mapToLong(s -> s.position() == null ? 0 : s.position()).min().orElse(0);
            int percent = ReplayStatus.DONE.name().equals(rs.getString(1)) || head == 0 ? 100
                    : (int) Math.min(100, slowest * 100 / head);
            return new ReplayProgress(processor, rs.getString(1), rs.getString(2),
                    rs.getObject(3, OffsetDateTime.class), rs.getObject(4, OffsetDateTime.class), head, percent,
                    segments);
        }, processor);
        if (rows.isEmpty()) {
            throw new UnknownReference("No rebuild of " + processor + " was asked for.");
        }
        return rows.get(0);
    }

    private boolean moved(String name, ReplayStatus from, ReplayStatus to) {
        return jdbc.update("UPDATE processor_replay SET status = ?, reset_by = COALESCE(reset_by, ?)"
                + " WHERE processor_name = ? AND status = ?", to.name(), cluster.nodeId(), name, from.name()) == 1;
    }

    private List<Token> tokens(String processor) {
        return jdbc.query("SELECT segment, owner, timestamp, token, tokentype FROM tokenentry"
                + " WHERE processorname = ? ORDER BY segment", (rs, row) -> {
            byte[] data = rs.getBytes("token");
            TrackingToken token = data == null ? null : serializer.deserialize(
                    new SimpleSerializedObject<>(data, byte[].class, rs.getString("tokentype"), null));
            String timestamp = rs.getString("timestamp");
            return new Token(rs.getInt("segment"), rs.getString("owner"),
                    timestamp == null ? null : Instant.parse(timestamp), token);
        }, processor);
    }

    /**
     * Whether a segment still replays. A replay token stays one until an event beyond the reset point arrives; once
     * it has reached the position the history had at the reset, the rebuild has caught up.
     */
    private static boolean replaying(TrackingToken token) {
        if (!(token instanceof ReplayToken replay)) {
            return false;
        }
        long reached = replay.position().orElse(0);
        long atReset = replay.getTokenAtReset() == null ? 0 : replay.getTokenAtReset().position().orElse(0);
        return reached < atReset;
    }

    /** A segment counts as held while its owner's claim is younger than the claim timeout. */
    private boolean claimed(Token token) {
        return token.owner() != null && token.claimedAt() != null
                && token.claimedAt().plus(tokenStore.getClaimTimeout()).isAfter(clock.instant());
    }

    private StreamingEventProcessor processor(String name) {
        return processing.eventProcessor(name, StreamingEventProcessor.class)
                .orElseThrow(() -> new UnknownReference("No event processor " + name + " runs here."));
    }

    private static void requireReplayable(String processor) {
        if (!REPLAYABLE.contains(processor)) {
            throw new UnknownReference("No read model '" + processor + "' can be rebuilt; these can: "
                    + REPLAYABLE.stream().sorted().toList() + ".");
        }
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock.withZone(ZoneOffset.UTC));
    }
}
