package de.consortium.api.processing;

import org.axonframework.common.transaction.NoTransactionManager;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.SimpleEventHandlerInvoker;
import org.axonframework.eventhandling.pooled.PooledStreamingEventProcessor;
import org.axonframework.eventhandling.tokenstore.inmemory.InMemoryTokenStore;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A real pooled processor of Axon's on a stream that cannot say when events arrive (the embedded event store's, as
 * the JDBC one's): once idle, its coordinator looks for events again after Axon's half second, unless its scheduler
 * shortens that look.
 */
class CoordinatorPausesTest {

    /**
     * Below what Axon's 500 ms leave after the test's 30 ms of idling (about 470 ms), well above what a busy build
     * machine adds to the configured 20 ms.
     */
    private static final long PROMPT_MS = 350;

    private final EmbeddedEventStore store = EmbeddedEventStore.builder()
            .storageEngine(new InMemoryEventStorageEngine()).build();
    private final BlockingQueue<String> handled = new LinkedBlockingQueue<>();
    private final ScheduledExecutorService workers = Executors.newScheduledThreadPool(1);
    private final PooledStreamingEventProcessor processor = PooledStreamingEventProcessor.builder()
            .name("read-model")
            .eventHandlerInvoker(SimpleEventHandlerInvoker.builder().eventHandlers(new Handler()).build())
            .messageSource(store)
            .tokenStore(new InMemoryTokenStore())
            .transactionManager(NoTransactionManager.instance())
            .coordinatorExecutor(new CoordinatorScheduler("read-model", Duration.ofMillis(5), Duration.ofMillis(20)))
            .workerExecutor(workers)
            .initialSegmentCount(1)
            .build();

    class Handler {
        @EventHandler
        void on(String event) {
            handled.add(event);
        }
    }

    @AfterEach
    void stop() {
        processor.shutdownAsync().join();
        workers.shutdownNow();
        store.shutDown();
    }

    @Test
    void aLoneEventReachesAnIdleProcessorWithinTheConfiguredInterval() throws Exception {
        idleAfterOneEvent();

        long start = System.nanoTime();
        store.publish(GenericEventMessage.asEventMessage("second"));

        assertThat(handled.poll(5, TimeUnit.SECONDS)).isEqualTo("second");
        assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start)).isLessThan(PROMPT_MS);
    }

    @Test
    void anIdleProcessorStopsWithoutWaitingForAxonsHalfSecond() throws Exception {
        idleAfterOneEvent();

        long start = System.nanoTime();
        processor.shutdownAsync().get(5, TimeUnit.SECONDS);

        assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start)).isLessThan(PROMPT_MS);
        assertThat(processor.isRunning()).isFalse();
    }

    /** The coordinator has handed the first event over and scheduled its next look for events. */
    private void idleAfterOneEvent() throws InterruptedException {
        processor.start();
        store.publish(GenericEventMessage.asEventMessage("first"));
        assertThat(handled.poll(5, TimeUnit.SECONDS)).isEqualTo("first");
        Thread.sleep(30);
    }
}
