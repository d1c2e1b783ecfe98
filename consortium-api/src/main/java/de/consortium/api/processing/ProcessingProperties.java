package de.consortium.api.processing;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;

/**
 * @param queueFullPause how long a pooled processor's coordinator waits before it refills a segment's full queue
 *                       (Axon's own: 100 ms); short, so that a rebuild's segments do not run dry
 * @param idlePoll       how often a pooled processor's coordinator looks for new events where the event store cannot
 *                       say when they arrive (Axon's own: 500 ms); also how long a processor's stop may wait for it
 * @param claimExtension how often a segment without events to handle renews its claim and stores how far it has
 *                       read (Axon's own: 5 s); a rebuild is done once every segment has stored the end of the
 *                       history, so this is also how late a finished rebuild may show as done. Well below the
 *                       token store's claim timeout.
 * @param replayOnce     whether the node that resets read models for a rebuild replays the history into all of
 *                       them itself, reading it once, before their processors go on (else each processor replays
 *                       it on its own)
 * @param replayBatchSize how many events such a replay hands to a read model in one transaction
 */
@ConfigurationProperties(prefix = "consortium.processing")
public record ProcessingProperties(Duration queueFullPause, Duration idlePoll, Duration claimExtension,
                                   Boolean replayOnce, Integer replayBatchSize) {

    public ProcessingProperties {
        queueFullPause = queueFullPause == null ? Duration.ofMillis(5) : queueFullPause;
        idlePoll = idlePoll == null ? Duration.ofMillis(50) : idlePoll;
        claimExtension = claimExtension == null ? Duration.ofSeconds(1) : claimExtension;
        replayOnce = replayOnce == null || replayOnce;
        replayBatchSize = replayBatchSize == null ? 1000 : replayBatchSize;
        if (queueFullPause.isNegative() || notPositive(idlePoll) || notPositive(claimExtension)
                || replayBatchSize < 1) {
            throw new IllegalArgumentException("consortium.processing: queue-full-pause must not be negative,"
                    + " idle-poll and claim-extension must be positive and replay-batch-size at least 1");
        }
    }

    private static boolean notPositive(Duration duration) {
        return duration.isNegative() || duration.isZero();
    }
}
