package de.consortium.api.processing;

import org.axonframework.common.AxonThreadFactory;

import java.time.Duration;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * The thread of a pooled event processor's coordinator, which reads the events and hands them to the segments.
 * Axon's coordinator (4.13) pauses a fixed 100 ms whenever a segment's queue of 1,024 events is full, and nothing
 * wakes it when the queue drains (AxonFramework#3493). During a rebuild the segments empty their queues in a
 * fraction of that and then wait for the coordinator: measured here, the workers were idle 70 % of a rebuild. This
 * scheduler cuts that one pause short; every other delay (polling for new events, backing off after errors) stays.
 */
final class CoordinatorScheduler extends ScheduledThreadPoolExecutor {

    /** The pause Axon's coordinator takes when a queue is full; no other delay it schedules has this length. */
    static final Duration AXON_QUEUE_FULL_PAUSE = Duration.ofMillis(100);

    private final long queueFullPauseNanos;

    CoordinatorScheduler(String processorName, Duration queueFullPause) {
        super(1, new AxonThreadFactory("Coordinator[" + processorName + "]"));
        this.queueFullPauseNanos = queueFullPause.toNanos();
    }

    @Override
    public ScheduledFuture<?> schedule(Runnable command, long delay, TimeUnit unit) {
        if (unit.toNanos(delay) == AXON_QUEUE_FULL_PAUSE.toNanos()) {
            return super.schedule(command, queueFullPauseNanos, TimeUnit.NANOSECONDS);
        }
        return super.schedule(command, delay, unit);
    }
}
