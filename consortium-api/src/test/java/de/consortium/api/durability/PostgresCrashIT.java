package de.consortium.api.durability;

import de.consortium.api.containers.ContainerEngine;
import de.consortium.api.containers.Images;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testcontainers.containers.PostgreSQLContainer;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The postgres profile under load, killed three times: what it acknowledged it keeps. */
@ContainerEngine
class PostgresCrashIT {

    @TempDir
    Path workDir;

    @Test
    void everyAcknowledgedCommandSurvivesSigkillOnPostgres() {
        try (PostgreSQLContainer<?> postgres = Images.postgres()) {
            postgres.start();
            CrashRun run = new CrashRun(workDir);
            List<String> arguments = new ArrayList<>(run.usersArguments());
            arguments.addAll(List.of("--spring.profiles.active=postgres", "--consortium.security.mode=basic",
                    "--spring.datasource.url=" + postgres.getJdbcUrl(),
                    "--spring.datasource.username=" + postgres.getUsername(),
                    "--spring.datasource.password=" + postgres.getPassword()));
            run.run(ServerProcess.start(workDir, "postgres", arguments), 3);
            assertThat(run.rounds()).hasSize(3).allSatisfy(round -> assertThat(round.acknowledged()).isPositive());
        }
    }
}
