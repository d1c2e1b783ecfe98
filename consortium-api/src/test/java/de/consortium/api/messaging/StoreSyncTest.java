package de.consortium.api.messaging;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

/** Commands answered only after a sync that began after their commit; concurrent commands share syncs. */
class StoreSyncTest {

    @Test
    void everyCallerReturnsOnlyAfterASyncThatBeganAfterItsCallAndConcurrentCallersShareSyncs() {
        AtomicLong clock = new AtomicLong();
        AtomicLong lastSyncBegan = new AtomicLong(-1);
        AtomicInteger syncs = new AtomicInteger();
        StoreSync storeSync = new StoreSync(() -> {
            lastSyncBegan.set(clock.incrementAndGet());
            syncs.incrementAndGet();
            pause();
        });
        ExecutorService commands = Executors.newFixedThreadPool(16);
        List<CompletableFuture<Void>> answered = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            answered.add(CompletableFuture.runAsync(() -> {
                long committed = clock.incrementAndGet();
                storeSync.awaitDurable();
                assertThat(lastSyncBegan.get()).isGreaterThan(committed);
            }, commands));
        }
        answered.forEach(CompletableFuture::join);
        commands.shutdown();

        assertThat(syncs.get()).isBetween(1, 399);
    }

    private static void pause() {
        try {
            Thread.sleep(1);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
