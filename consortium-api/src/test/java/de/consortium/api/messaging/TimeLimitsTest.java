package de.consortium.api.messaging;

import de.consortium.api.ApiTest;
import org.axonframework.messaging.timeout.TaskTimeoutSettings;
import org.axonframework.springboot.TimeoutProperties;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Axon 4.13.0 takes a stack trace for every timed handler call (AxonFramework#4637), and an aggregate's every
 * event is a handler call when it is loaded: commands, queries and event batches keep their time limits as units
 * of work, handler calls go untimed.
 */
class TimeLimitsTest extends ApiTest {

    @Autowired
    private TimeoutProperties timeouts;

    @Test
    void unitsOfWorkAreTimedAndSingleHandlerCallsAreNot() {
        TimeoutProperties.MessageHandlerTimeoutProperties handlers = timeouts.getHandler();
        for (TaskTimeoutSettings handler : List.of(handlers.getCommands(), handlers.getEvents(),
                handlers.getQueries(), handlers.getDeadlines())) {
            assertThat(handler.getTimeoutMs()).isNegative();
            assertThat(handler.getWarningThresholdMs()).isNegative();
        }
        TimeoutProperties.TransactionTimeoutProperties units = timeouts.getTransaction();
        assertThat(units.getCommandBus().getTimeoutMs()).isPositive();
        assertThat(units.getQueryBus().getTimeoutMs()).isPositive();
        assertThat(units.getEventProcessors().getTimeoutMs()).isPositive();
    }
}
