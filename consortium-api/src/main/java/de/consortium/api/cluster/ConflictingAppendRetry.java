package de.consortium.api.cluster;

import de.consortium.api.messaging.FailureKind;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.gateway.RetryScheduler;

import java.util.List;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

/**
 * Retries a command whose events lost the race to the same aggregate sequence number to a command handled at the
 * same moment (on this node or another): run again, it sees the winner's events and is judged by the rules anew.
 * Nothing else is retried: a refusal by a rule stays a refusal, and a second creation of a project or partner
 * (an {@link org.axonframework.modelling.command.AggregateStreamCreationException}) is a duplicate, not a race.
 */
class ConflictingAppendRetry implements RetryScheduler {

    static final int MAX_RETRIES = 5;

    private final ScheduledExecutorService executor;

    ConflictingAppendRetry(ScheduledExecutorService executor) {
        this.executor = executor;
    }

    @Override
    public boolean scheduleRetry(CommandMessage commandMessage, RuntimeException lastFailure,
                                 List<Class<? extends Throwable>[]> failures, Runnable commandDispatch) {
        if (FailureKind.of(lastFailure) != FailureKind.LOST_RACE || failures.size() > MAX_RETRIES) {
            return false;
        }
        try {
            // jitter, so that two racing commands do not collide again at once
            executor.schedule(commandDispatch, ThreadLocalRandom.current().nextLong(5, 50), TimeUnit.MILLISECONDS);
            return true;
        } catch (RejectedExecutionException e) {
            return false;
        }
    }
}
