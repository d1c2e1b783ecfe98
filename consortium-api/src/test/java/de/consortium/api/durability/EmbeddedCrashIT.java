package de.consortium.api.durability;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The embedded default under load, killed three times: what it acknowledged it keeps. */
class EmbeddedCrashIT {

    @TempDir
    Path workDir;

    @Test
    void everyAcknowledgedCommandSurvivesSigkillOnTheEmbeddedDatabase() {
        CrashRun run = new CrashRun(workDir);
        run.run(ServerProcess.start(workDir, "embedded", run.embeddedArguments()), 3);
        assertThat(run.rounds()).hasSize(3).allSatisfy(round -> assertThat(round.acknowledged()).isPositive());
    }
}
