package de.consortium.api.messaging;

import java.util.concurrent.locks.ReentrantLock;

/**
 * Forces what has been committed to disk before a command is answered, so that an answered command survives a
 * power cut, not only a crash of the process. Concurrent commands share one sync (group commit): a command waits
 * for a sync that began after its commit, and one sync covers every command committed before it began.
 */
public class StoreSync {

    /** For a store that makes every commit durable itself (PostgreSQL): nothing to do. */
    public static final StoreSync DURABLE_COMMITS = new StoreSync(() -> { });

    private final Runnable sync;
    private final ReentrantLock syncing = new ReentrantLock();
    private long requested;
    private long synced;

    public StoreSync(Runnable sync) {
        this.sync = sync;
    }

    /** Returns once everything committed before the call is on disk. */
    public void awaitDurable() {
        long ticket;
        synchronized (this) {
            ticket = ++requested;
        }
        syncing.lock();
        try {
            if (syncedUpTo() >= ticket) {
                return;
            }
            long covered;
            synchronized (this) {
                covered = requested;
            }
            sync.run();
            synchronized (this) {
                synced = covered;
            }
        } finally {
            syncing.unlock();
        }
    }

    private synchronized long syncedUpTo() {
        return synced;
    }
}
