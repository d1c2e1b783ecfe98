package de.consortium.api.operations;

import de.consortium.api.processing.ProcessingProperties;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.AbstractEventProcessor;
import org.axonframework.eventhandling.EventHandlerInvoker;
import org.axonframework.eventhandling.ReplayToken;
import org.axonframework.eventhandling.Segment;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.messaging.GenericResultMessage;
import org.axonframework.messaging.ResultMessage;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.RollbackConfigurationType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Replays the history into the read models this node has just reset, reading it once for all of them: each event is
 * read from the storage engine and deserialized once and handed to every read model, a batch of events at a time,
 * each read model's batch on a thread of its own and in one transaction with its tokens. It needs every segment of
 * each read model claimed by this node (at the reset, in its transaction), so no processor anywhere handles the same
 * events meanwhile. It stops where the history
 * stood at the reset and lets go of the segments; the processors go on from the tokens it stored. Should it fail, or
 * this node die, the processors go on from the last batch it stored, once the claims are let go or run out.
 * Axon's handler interceptors (correlation logging, time limits) do not run here: no command's work is replayed.
 */
@Component
class HistoryReplay {

    private static final Logger log = LoggerFactory.getLogger(HistoryReplay.class);

    /**
     * What a replayed event's handling gives back: nothing. One instance for all, as Axon's unit of work would
     * otherwise make a result message per event, each with a random identifier from the JVM's one locked source.
     */
    private static final ResultMessage<Void> HANDLED = GenericResultMessage.asResultMessage((Object) null);

    /**
     * A read model being replayed: its handlers, its segments with how far each has come, and the token its events
     * carry to the handlers, which says they are replayed up to where the history stood at the reset. Segments reset
     * at one position (as those of a processor that had caught up are) advance as one: Axon's token arithmetic per
     * event and segment was a tenth of a replay worker's time.
     */
    private static final class ReadModel {

        private final String name;
        private final EventHandlerInvoker handlers;
        private final int[] segments;
        private final TrackingToken[] segmentTokens;
        private final boolean segmentsAsOne;
        private final HandledEvents handled;
        private TrackingToken token;

        private ReadModel(String name, EventHandlerInvoker handlers, int[] segments, TrackingToken[] segmentTokens) {
            this.name = name;
            this.handlers = handlers;
            this.segments = segments;
            this.segmentTokens = segmentTokens;
            this.handled = new HandledEvents(handlers);
            this.token = Arrays.stream(segmentTokens).max(Comparator.comparingLong(ReadModel::reset)).orElseThrow();
            this.segmentsAsOne = Arrays.stream(segmentTokens).allMatch(token::equals);
        }

        /** The position of the history when the segment was reset. */
        private static long reset(TrackingToken token) {
            return ReplayToken.getTokenAtReset(token).orElse(-1);
        }

        long end() {
            return reset(token);
        }

        void advanceTo(TrackingToken position) {
            token = advanced(token, position);
            for (int i = 0; !segmentsAsOne && i < segmentTokens.length; i++) {
                segmentTokens[i] = advanced(segmentTokens[i], position);
            }
        }

        /** How far each segment has come. */
        TrackingToken[] reached() {
            if (!segmentsAsOne) {
                return segmentTokens.clone();
            }
            TrackingToken[] reached = new TrackingToken[segmentTokens.length];
            Arrays.fill(reached, token);
            return reached;
        }

        private static TrackingToken advanced(TrackingToken token, TrackingToken position) {
            return token instanceof ReplayToken replay ? replay.advancedTo(position) : position;
        }
    }

    private final TokenStore tokenStore;
    private final TransactionManager transactions;
    private final EventProcessingConfiguration processing;
    private final ProcessingProperties properties;
    private final ObjectProvider<EventStorageEngine> storageEngine;

    HistoryReplay(TokenStore tokenStore, TransactionManager transactions,
                  EventProcessingConfiguration processing, ProcessingProperties properties,
                  ObjectProvider<EventStorageEngine> storageEngine) {
        this.storageEngine = storageEngine;
        this.tokenStore = tokenStore;
        this.transactions = transactions;
        this.processing = processing;
        this.properties = properties;
    }

    /**
     * Claims every segment of the read model, just reset: to be called in the reset's transaction. True if each
     * starts at the beginning of the history, as a reset leaves it, and the history can be read from a storage engine
     * here; otherwise nothing is claimed. (On Axon Server, the processors replay.)
     */
    boolean claimFreshlyReset(String name) {
        if (storageEngine.getIfAvailable() == null) {
            return false;
        }
        int[] segments = tokenStore.fetchSegments(name);
        for (int segment : segments) {
            if (!(tokenStore.fetchToken(name, segment) instanceof ReplayToken replay)
                    || replay.getCurrentToken() != null) {
                release(name, segments);
                return false;
            }
        }
        return segments.length > 0;
    }

    /** Keeps the claims on the segments of the read models named, reset here and waiting for their replay. */
    void extendClaims(Set<String> names) {
        for (String name : names) {
            for (int segment : tokenStore.fetchSegments(name)) {
                tokenStore.extendClaim(name, segment);
            }
        }
    }

    /** Replays the history into the read models named, whose segments this node claimed at their reset. */
    void replay(Set<String> names) {
        Map<String, ReadModel> readModels = new LinkedHashMap<>();
        try {
            for (String name : names) {
                int[] segments = tokenStore.fetchSegments(name);
                TrackingToken[] tokens = new TrackingToken[segments.length];
                for (int i = 0; i < segments.length; i++) {
                    tokens[i] = tokenStore.fetchToken(name, segments[i]);
                }
                readModels.put(name, new ReadModel(name, processing.eventProcessor(name, AbstractEventProcessor.class)
                        .orElseThrow().eventHandlerInvoker(), segments, tokens));
            }
            long end = readModels.values().stream().mapToLong(ReadModel::end).max().orElse(-1);
            long started = System.nanoTime();
            long replayed = replayUpTo(end, new ArrayList<>(readModels.values()));
            long millis = Math.max(1, (System.nanoTime() - started) / 1_000_000);
            log.info("Replayed {} events into {} at once in {} ms ({} events/s)", replayed, names, millis,
                    replayed * 1000 / millis);
        } catch (RuntimeException e) {
            log.warn("Replaying into {} stopped; their processors go on from where it came: {}", names,
                    e.toString());
        } finally {
            readModels.values().forEach(readModel -> release(readModel.name, readModel.segments));
        }
    }

    /**
     * Reads a batch while the read models handle the one before, each read model on a thread of its own: every
     * event's payload is deserialized here, once, before the read models share it. Its metadata is not: no
     * projection's handler reads it, and it would have cost a fifth of this thread's time.
     */
    private long replayUpTo(long end, List<ReadModel> readModels) {
        ExecutorService workers = Executors.newFixedThreadPool(readModels.size(), runnable -> {
            Thread worker = new Thread(runnable, "history-replay-worker");
            worker.setDaemon(true);
            return worker;
        });
        long replayed = 0;
        List<Future<?>> handling = List.of();
        try (Stream<? extends TrackedEventMessage<?>> events = history()) {
            Iterator<? extends TrackedEventMessage<?>> history = events.iterator();
            List<TrackedEventMessage<?>> batch = new ArrayList<>();
            long reached = -1;
            while (reached < end && history.hasNext()) {
                TrackedEventMessage<?> next = history.next();
                reached = next.trackingToken().position().orElse(Long.MAX_VALUE);
                if (reached <= end) {
                    next.getPayload();
                    batch.add(next);
                }
                if (!batch.isEmpty() && (batch.size() == properties.replayBatchSize() || reached >= end
                        || !history.hasNext())) {
                    awaitAll(handling);
                    List<TrackedEventMessage<?>> handed = List.copyOf(batch);
                    handling = readModels.stream().<Future<?>>map(readModel -> workers.submit(
                            () -> handle(readModel, handed))).toList();
                    replayed += handed.size();
                    batch.clear();
                }
            }
            awaitAll(handling);
        } finally {
            // a batch still being handled (the history failed to read) ends before the claims are let go
            workers.shutdown();
            awaitTermination(workers);
        }
        return replayed;
    }

    /**
     * Waits for every read model's batch, also after one failed: none may store its tokens after the claims are let
     * go. Then throws the first failure.
     */
    private static void awaitAll(List<Future<?>> handling) {
        RuntimeException failed = null;
        for (Future<?> batch : handling) {
            try {
                batch.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                failed = failed != null ? failed : new IllegalStateException("interrupted", e);
            } catch (ExecutionException e) {
                failed = failed != null ? failed : e.getCause() instanceof RuntimeException cause ? cause
                        : new IllegalStateException(e.getCause());
            }
        }
        if (failed != null) {
            throw failed;
        }
    }

    private static void awaitTermination(ExecutorService workers) {
        try {
            workers.awaitTermination(1, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The history from its beginning as far as it is stored now, read from the storage engine itself. */
    private Stream<? extends TrackedEventMessage<?>> history() {
        return storageEngine.getObject().readEvents(null, false);
    }

    /** One read model's batch: its handlers, then its segments' tokens, in one transaction. */
    private void handle(ReadModel readModel, List<TrackedEventMessage<?>> batch) {
        List<TrackedEventMessage<?>> messages = new ArrayList<>(batch.size());
        for (TrackedEventMessage<?> event : batch) {
            readModel.advanceTo(event.trackingToken());
            messages.add(event.withTrackingToken(readModel.token));
        }
        TrackingToken[] reached = readModel.reached();
        BatchingUnitOfWork<TrackedEventMessage<?>> unitOfWork = new BatchingUnitOfWork<>(messages);
        unitOfWork.attachTransaction(transactions);
        unitOfWork.onPrepareCommit(committing -> {
            for (int i = 0; i < readModel.segments.length; i++) {
                tokenStore.storeToken(reached[i], readModel.name, readModel.segments[i]);
            }
        });
        ResultMessage<?> result = unitOfWork.executeWithResult(() -> {
            TrackedEventMessage<?> event = unitOfWork.getMessage();
            if (readModel.handled.handles(event)) {
                readModel.handlers.handle(event, Segment.ROOT_SEGMENT);
            }
            return HANDLED;
        }, RollbackConfigurationType.ANY_THROWABLE);
        if (result.isExceptional()) {
            throw new IllegalStateException("a batch of " + readModel.name + " failed", result.exceptionResult());
        }
    }

    private void release(String name, int[] segments) {
        for (int segment : segments) {
            try {
                tokenStore.releaseClaim(name, segment);
            } catch (RuntimeException e) {
                log.debug("The claim on {} segment {} was gone: {}", name, segment, e.toString());
            }
        }
    }
}
