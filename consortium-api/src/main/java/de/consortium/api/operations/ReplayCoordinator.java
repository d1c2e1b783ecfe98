package de.consortium.api.operations;

import de.consortium.projections.ReadModels;
import de.consortium.api.cluster.ClusterProperties;
import de.consortium.api.processing.ProcessingProperties;
import de.consortium.api.processing.StoredTokens;
import de.consortium.domain.rules.Rule;
import de.consortium.domain.rules.RuleViolation;
import de.consortium.domain.rules.UnknownReference;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.ReplayToken;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.springboot.TokenStoreProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.core.task.TaskRejectedException;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Rebuilds a read model from the history on every node together. An operator's request stops the processor on each
 * node at its next tick; when no node holds a segment any more (a node that died lets go after the claim timeout),
 * one node resets the tokens (the projection empties its tables) and marks the rebuild as replaying, in one
 * transaction, so that a node dying mid-way leaves the rebuild requested for the next node to carry out, never
 * half reset. Every node then starts the processor again. The API keeps answering meanwhile, from the read model as
 * far as it is rebuilt. Operators may cancel a rebuild that has not reset anything yet, and restart one. The node
 * that resets read models claims their segments in the same transaction and replays the history into all of them
 * itself, reading it once ({@link HistoryReplay}); the processors go on from there.
 */
@Component
public class ReplayCoordinator {

    static final Set<String> REPLAYABLE = ReadModels.PROCESSING_GROUPS;
    private static final int MAX_TICKS_WAITED = 3;
    private static final Logger log = LoggerFactory.getLogger(ReplayCoordinator.class);

    /** A rebuild as the nodes share it. */
    record Rebuild(String processor, ReplayStatus status, String requestedBy, OffsetDateTime requestedAt,
                   OffsetDateTime finishedAt) {
    }

    private final JdbcTemplate jdbc;
    private final EventProcessingConfiguration processing;
    private final EventStore eventStore;
    private final StoredTokens tokens;
    private final TokenStoreProperties tokenStore;
    private final ClusterProperties cluster;
    private final Clock clock;
    private final TransactionTemplate transactions;
    /** The processors this node stopped for a rebuild, and only these, it starts again. */
    private final Set<String> stoppedHere = ConcurrentHashMap.newKeySet();
    /** The read models this node replays the history into itself; their processors wait here until it is done. */
    private final Set<String> replayingHere = ConcurrentHashMap.newKeySet();
    /** Of these, those whose replay has not begun. */
    private final Set<String> resetHere = ConcurrentHashMap.newKeySet();
    private final AtomicInteger ticksWaited = new AtomicInteger();
    private final HistoryReplay history;
    private final ProcessingProperties processingProperties;
    private final TaskScheduler scheduler;

    ReplayCoordinator(JdbcTemplate jdbc, EventProcessingConfiguration processing, EventStore eventStore,
                      StoredTokens tokens, TokenStoreProperties tokenStore, ClusterProperties cluster, Clock clock,
                      PlatformTransactionManager transactionManager, HistoryReplay history,
                      ProcessingProperties processingProperties, TaskScheduler scheduler) {
        this.jdbc = jdbc;
        this.processing = processing;
        this.eventStore = eventStore;
        this.tokens = tokens;
        this.tokenStore = tokenStore;
        this.cluster = cluster;
        this.clock = clock;
        this.transactions = new TransactionTemplate(transactionManager);
        this.history = history;
        this.processingProperties = processingProperties;
        this.scheduler = scheduler;
    }

    public ReplayProgress request(String processor, String requestedBy) {
        requireReplayable(processor);
        // a finished rebuild makes room; of operators asking at once on any nodes, the primary key lets one win
        jdbc.update("DELETE FROM processor_replay WHERE processor_name = ? AND status = ?", processor,
                ReplayStatus.DONE.name());
        try {
            jdbc.update("INSERT INTO processor_replay (processor_name, status, requested_by, requested_at)"
                    + " VALUES (?, ?, ?, ?)", processor, ReplayStatus.REQUESTED.name(), requestedBy, now());
        } catch (DuplicateKeyException e) {
            throw new RuleViolation(Rule.ONE_REPLAY_AT_A_TIME, "A rebuild of " + processor + " is under way; restart"
                    + " it (POST .../restart) or cancel it (DELETE) while it waits.");
        }
        log.info("{} asked to rebuild {}", requestedBy, processor);
        tick();
        return progress(processor);
    }

    /** Starts an unfinished rebuild over: every node stops the processor again, and its tokens are reset again. */
    ReplayProgress restart(String processor, String requestedBy) {
        requireReplayable(processor);
        if (jdbc.update("UPDATE processor_replay SET status = ?, requested_by = ?, requested_at = ?, reset_by = NULL"
                        + " WHERE processor_name = ? AND status <> ?", ReplayStatus.REQUESTED.name(), requestedBy,
                now(), processor, ReplayStatus.DONE.name()) == 0) {
            throw new UnknownReference("No rebuild of " + processor + " is under way to restart.");
        }
        log.info("{} restarted the rebuild of {}", requestedBy, processor);
        tick();
        return progress(processor);
    }

    /** Cancels a rebuild that has reset nothing yet; every node starts the processor again where it stood. */
    void cancel(String processor, String cancelledBy) {
        requireReplayable(processor);
        Rebuild rebuild = rebuild(processor).orElseThrow(() -> new UnknownReference("No rebuild of " + processor
                + " is under way to cancel."));
        if (rebuild.status() != ReplayStatus.REQUESTED || jdbc.update("DELETE FROM processor_replay"
                + " WHERE processor_name = ? AND status = ?", processor, ReplayStatus.REQUESTED.name()) == 0) {
            throw new RuleViolation(Rule.REBUILD_CANCELLED_BEFORE_RESET, "The rebuild of " + processor + " has reset"
                    + " the read model already and can no longer be cancelled; let it finish or restart it.");
        }
        // every node, this one included, starts the processor again at its next tick
        log.info("{} cancelled the rebuild of {}", cancelledBy, processor);
    }

    @Scheduled(fixedDelayString = "${consortium.cluster.balance-interval:2s}")
    void scheduledTick() {
        tick();
        if (noRebuildWaitsForItsReset() || ticksWaited.incrementAndGet() > MAX_TICKS_WAITED) {
            replayWhatWasReset();
        } else {
            history.extendClaims(resetHere);
        }
    }

    /**
     * A processor stopped here, or a replay ended: the rebuilds go on at once instead of at the next tick (on the
     * scheduler's thread, one step at a time with the ticks). This does not count as a tick waited.
     */
    private void carryOnNow() {
        try {
            scheduler.schedule(() -> {
                tick();
                if (noRebuildWaitsForItsReset()) {
                    replayWhatWasReset();
                }
            }, scheduler.getClock().instant());
        } catch (TaskRejectedException shuttingDown) {
            // the node stops: the ticks of whichever node runs next carry the rebuilds on
        }
    }

    private boolean noRebuildWaitsForItsReset() {
        return rebuilds().stream().noneMatch(rebuild -> rebuild.status() == ReplayStatus.REQUESTED);
    }

    /** Carries every rebuild on as far as this node can. */
    synchronized void tick() {
        Map<String, Rebuild> rebuilds = new TreeMap<>();
        rebuilds().forEach(rebuild -> rebuilds.put(rebuild.processor(), rebuild));
        for (String name : REPLAYABLE) {
            Rebuild rebuild = rebuilds.get(name);
            if (advance(name, rebuild == null ? null : rebuild.status())) {
                replayingHere.add(name);
                resetHere.add(name);
            }
        }
    }

    /**
     * Replays the history into the read models this node reset and has not replayed yet, all of them at once. It
     * waits until no rebuild waits for its reset, so that operators asking for several rebuilds together get one
     * replay; but no longer than {@value #MAX_TICKS_WAITED} balance intervals (the claims taken at the reset are
     * extended meanwhile).
     */
    private synchronized void replayWhatWasReset() {
        ticksWaited.set(0);
        if (resetHere.isEmpty()) {
            return;
        }
        Set<String> names = Set.copyOf(resetHere);
        resetHere.clear();
        Thread replay = new Thread(() -> {
            try {
                history.replay(names);
            } finally {
                replayingHere.removeAll(names);
                carryOnNow();
            }
        }, "history-replay");
        replay.setDaemon(true);
        replay.start();
    }

    /** Carries the rebuild on as far as this node can; true if it reset the read model and is to replay it. */
    private boolean advance(String name, ReplayStatus status) {
        StreamingEventProcessor processor = processor(name);
        if (status == ReplayStatus.REQUESTED) {
            if (processor.isRunning()) {
                stoppedHere.add(name);
                processor.shutdownAsync().whenComplete((stopped, failure) -> carryOnNow());
            }
            if (tokens.of(name).stream().noneMatch(this::claimed)) {
                Reset reset = resetOnce(name, processor);
                if (reset != Reset.NOT_YET) {
                    log.info("{} reset the tokens of {}; replaying", cluster.nodeId(), name);
                }
                return reset == Reset.TO_REPLAY_HERE;
            }
        } else {
            if (!replayingHere.contains(name) && stoppedHere.remove(name) && !processor.isRunning()) {
                processor.start();
            }
            if (status == ReplayStatus.REPLAYING && tokens.of(name).stream().noneMatch(t -> replaying(t.token()))
                    && jdbc.update("UPDATE processor_replay SET status = ?, finished_at = ? WHERE processor_name = ?"
                    + " AND status = ?", ReplayStatus.DONE.name(), now(), name, ReplayStatus.REPLAYING.name()) == 1) {
                log.info("Rebuild of {} done", name);
            }
        }
        return false;
    }

    /** What a node's attempt to reset came to. */
    private enum Reset { NOT_YET, BY_PROCESSORS, TO_REPLAY_HERE }

    /**
     * Resets the tokens and marks the rebuild replaying, both or neither (not yet, if another node did it first);
     * with them, where this node replays the history itself, it claims the read model's segments.
     */
    private Reset resetOnce(String name, StreamingEventProcessor processor) {
        try {
            return transactions.execute(status -> {
                if (jdbc.update("UPDATE processor_replay SET status = ?, reset_by = ? WHERE processor_name = ?"
                                + " AND status = ?", ReplayStatus.REPLAYING.name(), cluster.nodeId(), name,
                        ReplayStatus.REQUESTED.name()) != 1) {
                    return Reset.NOT_YET;
                }
                processor.resetTokens();
                return processingProperties.replayOnce() && history.claimFreshlyReset(name) ? Reset.TO_REPLAY_HERE
                        : Reset.BY_PROCESSORS;
            });
        } catch (RuntimeException notYet) {
            // a segment was claimed meanwhile: nothing was reset; the next tick tries again
            log.info("{} could not reset the tokens of {} yet: {}", cluster.nodeId(), name, notYet.getMessage());
            return Reset.NOT_YET;
        }
    }

    List<Rebuild> rebuilds() {
        return jdbc.query("SELECT processor_name, status, requested_by, requested_at, finished_at"
                + " FROM processor_replay", (rs, row) -> new Rebuild(rs.getString(1),
                ReplayStatus.valueOf(rs.getString(2)), rs.getString(3), rs.getObject(4, OffsetDateTime.class),
                rs.getObject(5, OffsetDateTime.class)));
    }

    private Optional<Rebuild> rebuild(String processor) {
        return rebuilds().stream().filter(rebuild -> rebuild.processor().equals(processor)).findFirst();
    }

    /** The progress of every rebuild asked for, by read model. */
    public List<ReplayProgress> progressOfAll() {
        return rebuilds().stream().map(Rebuild::processor).sorted().map(this::progress).toList();
    }

    ReplayProgress progress(String processor) {
        requireReplayable(processor);
        Rebuild rebuild = rebuild(processor).orElseThrow(() -> new UnknownReference("No rebuild of " + processor
                + " was asked for."));
        TrackingToken headToken = eventStore.createHeadToken();
        long head = headToken == null ? 0 : headToken.position().orElse(0);
        List<ReplayProgress.Segment> segments = tokens.of(processor).stream().map(t -> new ReplayProgress.Segment(
                t.segment(), t.owner(), t.token() == null ? null : t.token().position().orElse(0),
                replaying(t.token()))).toList();
        long slowest = segments.stream().mapToLong(s -> s.position() == null ? 0 : s.position()).min().orElse(0);
        int percent = rebuild.status() == ReplayStatus.DONE || head == 0 ? 100
                : rebuild.status() == ReplayStatus.REQUESTED ? 0 : (int) Math.min(100, slowest * 100 / head);
        return new ReplayProgress(processor, rebuild.status(), rebuild.requestedBy(), rebuild.requestedAt(),
                rebuild.finishedAt(), head, percent, segments);
    }

    /**
     * How long a requested rebuild may wait for every node to let go of the processor's segments: a node that died
     * holding one lets go after the claim timeout, and every live node stops at its next tick.
     */
    Duration longestWaitForReset() {
        return tokenStore.getClaimTimeout().plus(cluster.balanceInterval().multipliedBy(3));
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
    private boolean claimed(StoredTokens.StoredToken token) {
        return token.owner() != null && token.claimedAt() != null
                && token.claimedAt().plus(tokenStore.getClaimTimeout()).isAfter(clock.instant());
    }

    private StreamingEventProcessor processor(String name) {
        return processing.eventProcessor(name, StreamingEventProcessor.class)
                .orElseThrow(() -> new UnknownReference("No event processor " + name + " runs here."));
    }

    static void requireReplayable(String processor) {
        if (!REPLAYABLE.contains(processor)) {
            throw new UnknownReference("No read model '" + processor + "' can be rebuilt; these can: "
                    + REPLAYABLE.stream().sorted().toList() + ".");
        }
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock.withZone(ZoneOffset.UTC));
    }
}
