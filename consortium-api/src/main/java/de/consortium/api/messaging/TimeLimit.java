package de.consortium.api.messaging;

import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.Arrays;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * Interrupts the thread handling a message (a command, an event) once it has taken longer than its limit, and logs
 * where it was. Axon 4.13.0's own time limits take the handling thread's stack trace at the start of every unit of
 * work, which cost a command about an eighth of its CPU (measured, see docs/performance.md); this one notes when the
 * handling began, and a watchdog looks at what is still running a tenth of the limit apart (at most once a second),
 * so that handling a message costs no more than putting it into a set and taking it out again. The interrupt never
 * outlives the handling: one that came as it ended is cleared, so the next message on that thread starts clean.
 */
public class TimeLimit<T extends Message<?>> implements MessageHandlerInterceptor<T> {

    private static final Logger log = LoggerFactory.getLogger(TimeLimit.class);
    private static final ScheduledThreadPoolExecutor WATCHDOG = watchdog();

    private final String handled;
    private final Duration limit;
    private final Set<Handling> running = ConcurrentHashMap.newKeySet();

    /** @param handled what is limited, for the log: "Command", "Event" */
    public TimeLimit(String handled, Duration limit) {
        this.handled = handled;
        this.limit = limit;
        long every = Math.max(10, Math.min(limit.toMillis() / 10, 1_000));
        WATCHDOG.scheduleWithFixedDelay(this::interruptOverdue, every, every, TimeUnit.MILLISECONDS);
    }

    @Override
    public Object handle(UnitOfWork<? extends T> unitOfWork, InterceptorChain chain) throws Exception {
        Handling handling = new Handling(Thread.currentThread(), unitOfWork.getMessage().getPayloadType(),
                System.nanoTime() + limit.toNanos());
        running.add(handling);
        try {
            return chain.proceed();
        } finally {
            running.remove(handling);
            handling.done();
        }
    }

    private void interruptOverdue() {
        long now = System.nanoTime();
        running.stream().filter(handling -> now - handling.due >= 0).forEach(Handling::exceeded);
    }

    private final class Handling {

        private final Thread thread;
        private final Class<?> payloadType;
        private final long due;
        private boolean done;
        private boolean interrupted;

        Handling(Thread thread, Class<?> payloadType, long due) {
            this.thread = thread;
            this.payloadType = payloadType;
            this.due = due;
        }

        synchronized void exceeded() {
            if (done || interrupted) {
                return;
            }
            log.error("{} {} has exceeded its time limit of {} and is interrupted; it was at:\n{}", handled,
                    payloadType.getSimpleName(), limit, Arrays.stream(thread.getStackTrace())
                            .map(frame -> "    at " + frame).collect(Collectors.joining("\n")));
            interrupted = true;
            thread.interrupt();
        }

        synchronized void done() {
            done = true;
            if (interrupted) {
                Thread.interrupted();
            }
        }
    }

    private static ScheduledThreadPoolExecutor watchdog() {
        return new ScheduledThreadPoolExecutor(1, runnable -> {
            Thread thread = new Thread(runnable, "time-limits");
            thread.setDaemon(true);
            return thread;
        });
    }
}
