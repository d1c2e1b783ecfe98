package de.consortium.api.processing;

import org.axonframework.common.AxonThreadFactory;

import java.time.Duration;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * The thread of a pooled event processor's coordinator, which reads the events and hands them to the segments.
 * Axon's coordinator (4.13) takes two fixed pauses that cost this application time, and this scheduler shortens
 * exactly those two; every other delay (claiming segments, backing off after errors) stays.
 * <ul>
 * <li>Whenever a segment's queue of 1,024 events is full it pauses 100 ms, and nothing wakes it when the queue drains
 * (AxonFramework#3493). During a rebuild the segments empty their queues in a fraction of that and then wait for the
 * coordinator: measured here, the workers were idle 70 % of a rebuild.</li>
 * <li>Where the event stream cannot tell it that events arrived (the JDBC event store's), it looks for new events
 * every 500 ms. Its stop waits for that look too (the stop's own immediate run is skipped while one is scheduled):
 * measured, a rebuild's stop of a processor took 0.45 s, and a lone command's event reached the read models up to
 * half a second late.</li>
 * </ul>
 */
final class CoordinatorScheduler extends ScheduledThreadPoolExecutor {

    /** The pause Axon's coordinator takes when a queue is full; no other delay it schedules has this length. */
    static final Duration AXON_QUEUE_FULL_PAUSE = Duration.ofMillis(100);
    /**
     * How long Axon's coordinator waits before it looks for new events again on a stream that cannot say when they
     * arrive; no other delay it schedules has this length while the processor's token claim interval and claim
     * extension are not this long either ({@link ProcessingConfiguration} refuses those).
     */
    static final Duration AXON_IDLE_POLL = Duration.ofMillis(500);

    private final long queueFullPauseNanos;
    private final long idlePollNanos;

    CoordinatorScheduler(String processorName, Duration queueFullPause, Duration idlePoll) {
        super(1, new AxonThreadFactory("Coordinator[" + processorName + "]"));
        this.queueFullPauseNanos = queueFullPause.toNanos();
        this.idlePollNanos = idlePoll.toNanos();
    }

    @Override
    public ScheduledFuture<?> schedule(Runnable command, long delay, TimeUnit unit) {
        long nanos = unit.toNanos(delay);
        if (nanos == AXON_QUEUE_FULL_PAUSE.toNanos()) {
            return super.schedule(command, queueFullPauseNanos, TimeUnit.NANOSECONDS);
        }
        if (nanos == AXON_IDLE_POLL.toNanos()) {
            return super.schedule(command, idlePollNanos, TimeUnit.NANOSECONDS);
        }
        return super.schedule(command, delay, unit);
    }
}
