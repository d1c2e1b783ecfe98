package de.consortium.api.messaging;

import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * Interrupts the thread handling a message (a command, an event) once it has taken longer than its limit, and logs
 * where it was. Axon 4.13.0's own time limits take the handling thread's stack trace at the start of every unit of
 * work, which cost a command about an eighth of its CPU (measured, see docs/performance.md); this one looks at the
 * stack only when the limit is exceeded. The interrupt never outlives the handling: once it is done, a pending
 * interrupt is withdrawn and one that came too late is cleared, so the next message on that thread starts clean.
 */
public class TimeLimit<T extends Message<?>> implements MessageHandlerInterceptor<T> {

    private static final Logger log = LoggerFactory.getLogger(TimeLimit.class);
    private static final ScheduledThreadPoolExecutor TIMER = timer();

    private final String handled;
    private final Duration limit;

    /** @param handled what is limited, for the log: "Command", "Event" */
    public TimeLimit(String handled, Duration limit) {
        this.handled = handled;
        this.limit = limit;
    }

    @Override
    public Object handle(UnitOfWork<? extends T> unitOfWork, InterceptorChain chain) throws Exception {
        Handling handling = new Handling(Thread.currentThread(), unitOfWork.getMessage().getPayloadType());
        ScheduledFuture<?> interrupt = TIMER.schedule(handling::exceeded, limit.toMillis(), TimeUnit.MILLISECONDS);
        try {
            return chain.proceed();
        } finally {
            interrupt.cancel(false);
            handling.done();
        }
    }

    private final class Handling {

        private final Thread thread;
        private final Class<?> payloadType;
        private boolean done;
        private boolean interrupted;

        Handling(Thread thread, Class<?> payloadType) {
            this.thread = thread;
            this.payloadType = payloadType;
        }

        synchronized void exceeded() {
            if (done) {
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

    private static ScheduledThreadPoolExecutor timer() {
        ScheduledThreadPoolExecutor timer = new ScheduledThreadPoolExecutor(1, runnable -> {
            Thread thread = new Thread(runnable, "time-limits");
            thread.setDaemon(true);
            return thread;
        });
        // limits are withdrawn by the thousand a second, long before they fall due: keep the queue short
        timer.setRemoveOnCancelPolicy(true);
        return timer;
    }
}
