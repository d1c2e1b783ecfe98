package de.consortium.api.processing;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

class CoordinatorSchedulerTest {

    private final CoordinatorScheduler scheduler = new CoordinatorScheduler("budget", Duration.ofMillis(5),
            Duration.ofMillis(50));

    @AfterEach
    void stop() {
        scheduler.shutdownNow();
    }

    @Test
    void theCoordinatorsPauseForAFullQueueIsCutToTheConfiguredOne() {
        long delay = scheduler.schedule(() -> { }, 100, TimeUnit.MILLISECONDS).getDelay(TimeUnit.MILLISECONDS);

        // what is left of the delay: at most the configured 5 ms, less by as long as the test took to ask
        assertThat(delay).isLessThanOrEqualTo(5L);
    }

    @Test
    void theCoordinatorsLookForNewEventsIsCutToTheConfiguredInterval() {
        long delay = scheduler.schedule(() -> { }, 500, TimeUnit.MILLISECONDS).getDelay(TimeUnit.MILLISECONDS);

        assertThat(delay).isLessThanOrEqualTo(50L);
    }

    @Test
    void everyOtherDelayStays() {
        assertThat(scheduler.schedule(() -> { }, 499, TimeUnit.MILLISECONDS).getDelay(TimeUnit.MILLISECONDS))
                .isGreaterThan(100);
        assertThat(scheduler.schedule(() -> { }, 1, TimeUnit.SECONDS).getDelay(TimeUnit.MILLISECONDS))
                .isGreaterThan(500);
        assertThat(scheduler.schedule(() -> { }, 2, TimeUnit.SECONDS).getDelay(TimeUnit.MILLISECONDS))
                .isGreaterThan(1000);
        assertThat(scheduler.schedule(() -> { }, 0, TimeUnit.MILLISECONDS).getDelay(TimeUnit.MILLISECONDS))
                .isLessThanOrEqualTo(0);
    }

    @Test
    void itRunsOnTheCoordinatorsThread() throws Exception {
        String thread = scheduler.submit(() -> Thread.currentThread().getName()).get(5, TimeUnit.SECONDS);

        assertThat(thread).startsWith("Coordinator[budget]");
    }
}
