package de.consortium.api.messaging;

import de.consortium.api.ApiTest;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.springboot.TimeoutProperties;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Commands and events have time limits of their own instead of Axon 4.13.0's, which take a stack trace for every
 * unit of work and every timed handler call (AxonFramework#4637): a message handled too long is interrupted, one
 * handled in time is not, and no interrupt outlives the handling.
 */
class TimeLimitsTest extends ApiTest {

    @Autowired
    private ApplicationContext context;

    @Test
    void axonsOwnTimeLimitsAreOffAndOursAreOn() {
        assertThat(context.getBeanNamesForType(TimeoutProperties.class)).isEmpty();
        assertThat(context.getBeansOfType(TimeLimit.class)).containsOnlyKeys("commandTimeLimit", "eventTimeLimit");
    }

    @Test
    void aMessageHandledLongerThanItsLimitIsInterruptedAndItsThreadGoesOnClean() throws Exception {
        TimeLimit<CommandMessage<?>> limit = new TimeLimit<>("Command", Duration.ofMillis(100));
        long started = System.nanoTime();
        Object outcome = limit.handle(unitOfWork(), () -> {
            try {
                Thread.sleep(10_000);
                return "finished";
            } catch (InterruptedException e) {
                return "interrupted";
            }
        });
        assertThat(outcome).isEqualTo("interrupted");
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
        assertThat(Thread.currentThread().isInterrupted()).isFalse();
    }

    @Test
    void aMessageHandledInTimeIsLeftAloneAndItsLimitIsWithdrawn() throws Exception {
        TimeLimit<CommandMessage<?>> limit = new TimeLimit<>("Command", Duration.ofMillis(200));
        assertThat(limit.handle(unitOfWork(), () -> "finished")).isEqualTo("finished");
        Thread.sleep(400);
        assertThat(Thread.interrupted()).as("interrupted after the handling had ended").isFalse();
    }

    @Test
    void anInterruptArrivingAsTheHandlingEndsIsCleared() throws Exception {
        TimeLimit<CommandMessage<?>> limit = new TimeLimit<>("Command", Duration.ofMillis(50));
        assertThat(limit.handle(unitOfWork(), () -> {
            long until = System.nanoTime() + Duration.ofMillis(300).toNanos();
            while (System.nanoTime() < until) {
                Thread.onSpinWait();
            }
            return "finished, without looking at the interrupt";
        })).isEqualTo("finished, without looking at the interrupt");
        assertThat(Thread.interrupted()).isFalse();
    }

    private static DefaultUnitOfWork<CommandMessage<?>> unitOfWork() {
        return new DefaultUnitOfWork<>(GenericCommandMessage.asCommandMessage("a command"));
    }
}
