package de.consortium.api.durability;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A rebuild whose node is killed with SIGKILL in the middle of replaying the history: after the restart the rebuild
 * goes on where the last stored batch left it (once the dead node's claims ran out) and ends with the read model
 * it replaced, every resolution in it once.
 */
class RebuildCrashIT {

    private static final int RESOLUTIONS_PER_PARTNER = 40;
    private static final String RESOLUTIONS = "/api/projects/" + CrashRun.PROJECT + "/resolutions";
    private static final String REBUILD = "/api/operations/replays/resolutions";

    @TempDir
    Path workDir;

    @Test
    void aRebuildKilledMidReplayFinishesAfterTheRestartWithTheSameReadModel() throws Exception {
        CrashRun run = new CrashRun(workDir);
        List<String> arguments = run.embeddedArguments();
        // a transaction per replayed event: slow enough to be killed in the middle
        arguments.add("--consortium.processing.replay-batch-size=1");
        ServerProcess server = ServerProcess.start(workDir, "embedded", arguments);
        CrashRun.register(server);
        passResolutions(server);
        Api operator = Api.of(server::uri, "operator", CrashRun.PASSWORD);
        Api auditor = operator.as("auditor");
        await().atMost(Duration.ofSeconds(60)).until(() -> adopted(auditor.read(RESOLUTIONS))
                == CrashRun.CLIENTS * RESOLUTIONS_PER_PARTNER);
        JsonNode before = auditor.read(RESOLUTIONS);

        assertThat(operator.post(REBUILD, "", null).statusCode()).isEqualTo(202);
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(20)).until(() -> {
            JsonNode progress = operator.read(REBUILD);
            return progress.path("status").asText().equals("REPLAYING") && progress.path("percent").asInt() >= 10;
        });
        int killedAt = operator.read(REBUILD).path("percent").asInt();
        server.kill();
        server.restart();

        assertThat(killedAt).as("killed in the middle of the replay").isLessThan(90);
        await().atMost(Duration.ofSeconds(120)).until(() -> operator.read(REBUILD).path("status").asText()
                .equals("DONE"));
        assertThat(auditor.read(RESOLUTIONS)).isEqualTo(before);
        server.stop();
    }

    /** Each client's partner passes its resolutions, the partners at once. */
    private static void passResolutions(ServerProcess server) throws Exception {
        ExecutorService clients = Executors.newFixedThreadPool(CrashRun.CLIENTS);
        List<Future<?>> passed = new ArrayList<>();
        for (int client = 0; client < CrashRun.CLIENTS; client++) {
            Api api = Api.of(server::uri, CrashRun.userOf(client), CrashRun.PASSWORD);
            String partner = "/api/projects/" + CrashRun.PROJECT + "/partners/" + CrashRun.partner(client);
            int id = client;
            passed.add(clients.submit(() -> {
                for (int n = 0; n < RESOLUTIONS_PER_PARTNER; n++) {
                    api.command(partner + "/pass-council-resolution", CrashRun.resolution("V-" + id + "-" + n));
                }
                return null;
            }));
        }
        for (Future<?> done : passed) {
            done.get();
        }
        clients.shutdown();
    }

    private static int adopted(JsonNode resolutions) {
        int count = 0;
        for (JsonNode partner : resolutions.path("partners")) {
            count += partner.path("resolutions").size();
        }
        return count;
    }
}
