package de.consortium.api.messaging;

import de.consortium.api.ApiTest;
import de.consortium.api.ConcurrentWriters;
import org.junit.jupiter.api.Test;

import java.util.List;

/**
 * On the embedded default, many writers for different partners at once: the processors come back for the positions
 * they read past ({@link GapBoundedEventQuery}), so every acknowledged command reaches the read models without a
 * restart.
 */
class ConcurrentWritersTest extends ApiTest {

    @Test
    void manyWritersAllReachTheReadModelsWithoutARestart() {
        ConcurrentWriters.passResolutions("SC20-WRITERS-", List.of(http)).assertEveryOneReachesTheReadModels(http,
                jdbc);
    }
}
