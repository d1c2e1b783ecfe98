package de.consortium.api.durability;

import com.fasterxml.jackson.databind.JsonNode;
import de.consortium.api.web.document.Uploads;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Sixteen clients upload documents to the embedded default in a JVM of its own, which is killed with SIGKILL in the
 * middle. After the restart every acknowledged upload downloads as it was sent, every document an event names is
 * whole and matches its hash, an upload that got no answer gets its outcome when sent again, and no half-written
 * file is left behind. (The crash tests of commands kill three times; one kill is what uploads add to them.)
 */
class UploadCrashIT {

    @TempDir
    Path workDir;

    @Test
    void everyAcknowledgedUploadSurvivesSigkillAndNoEventNamesAHalfStoredDocument() throws Exception {
        CrashRun run = new CrashRun(workDir);
        Path data = run.dataDirectory();
        ServerProcess server = ServerProcess.start(workDir, "embedded-uploads", run.embeddedArguments());
        CrashRun.register(server);
        Map<String, Upload> acknowledged = new ConcurrentHashMap<>();
        Map<String, Upload> unanswered = new ConcurrentHashMap<>();
        uploadUntilKilled(server, acknowledged, unanswered);
        server.restart();
        for (Upload upload : unanswered.values()) {
            HttpResponse<String> again = client(server, upload.client()).upload(upload.partnerPath(), "REPORT",
                    upload.fileName(), upload.content());
            assertThat(again.statusCode()).as(again.body()).isIn(201, 409);
            acknowledged.put(upload.sha256(), upload);
        }
        assertEveryAcknowledgedUploadDownloadsAsSent(server, acknowledged);
        assertEveryRecordedDocumentIsWhole(server);
        try (Stream<Path> files = Files.walk(data.resolve("documents"))) {
            assertThat(files.filter(file -> file.toString().endsWith(".partial"))).isEmpty();
        }
        CrashRun.assertChainLinksEveryEventIntact(server);
        server.stop();
        System.out.println("uploads acknowledged before and after the crash: " + acknowledged.size());
    }

    record Upload(int client, String fileName, byte[] content, String sha256) {

        String partnerPath() {
            return "/api/projects/" + CrashRun.PROJECT + "/partners/" + CrashRun.partner(client);
        }
    }

    private static void uploadUntilKilled(ServerProcess server, Map<String, Upload> acknowledged,
                                          Map<String, Upload> unanswered) throws InterruptedException {
        AtomicBoolean stop = new AtomicBoolean();
        ExecutorService clients = Executors.newFixedThreadPool(CrashRun.CLIENTS);
        for (int client = 0; client < CrashRun.CLIENTS; client++) {
            int id = client;
            clients.submit(() -> {
                Api api = client(server, id);
                for (int n = 0; !stop.get(); n++) {
                    Upload upload = upload(id, "Bericht-" + id + "-" + n + ".pdf");
                    try {
                        HttpResponse<String> response = api.upload(upload.partnerPath(), "REPORT",
                                upload.fileName(), upload.content());
                        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
                        acknowledged.put(upload.sha256(), upload);
                    } catch (IOException noAnswer) {
                        unanswered.put(upload.sha256(), upload);
                        return;
                    }
                }
            });
        }
        await().atMost(Duration.ofSeconds(90)).until(() -> acknowledged.size() >= 60);
        ServerProcess.sleep(ThreadLocalRandom.current().nextLong(50, 400));
        server.kill();
        stop.set(true);
        clients.shutdown();
        assertThat(clients.awaitTermination(90, TimeUnit.SECONDS)).isTrue();
    }

    /** A PDF of 16 KB to 512 KB, so that a kill lands in the middle of some uploads. */
    private static Upload upload(int client, String fileName) {
        byte[] filler = new byte[ThreadLocalRandom.current().nextInt(16 * 1024, 512 * 1024)];
        ThreadLocalRandom.current().nextBytes(filler);
        byte[] head = ("%PDF-1.4\n% " + fileName + "\n").getBytes(StandardCharsets.UTF_8);
        byte[] content = new byte[head.length + filler.length];
        System.arraycopy(head, 0, content, 0, head.length);
        System.arraycopy(filler, 0, content, head.length, filler.length);
        return new Upload(client, fileName, content, Uploads.sha256(content));
    }

    private static void assertEveryAcknowledgedUploadDownloadsAsSent(ServerProcess server,
                                                                     Map<String, Upload> acknowledged) {
        Api auditor = Api.of(server::uri, "auditor", CrashRun.PASSWORD);
        for (Upload upload : acknowledged.values()) {
            String content = upload.partnerPath() + "/documents/" + upload.sha256() + "/content";
            await().atMost(Duration.ofSeconds(60)).until(() -> auditor.download(content).statusCode() == 200);
            assertThat(auditor.download(content).body()).as(upload.fileName()).isEqualTo(upload.content());
        }
    }

    private static void assertEveryRecordedDocumentIsWhole(ServerProcess server) {
        Api auditor = Api.of(server::uri, "auditor", CrashRun.PASSWORD);
        String export = auditor.get("/api/audit/events/export?format=jsonl&project=" + CrashRun.PROJECT).body();
        List<JsonNode> recorded = export.lines().map(CrashRun::parse)
                .filter(event -> "DocumentRecorded".equals(event.path("type").asText())).toList();
        assertThat(recorded).isNotEmpty();
        for (JsonNode event : recorded) {
            JsonNode payload = event.path("payload");
            String path = "/api/projects/" + CrashRun.PROJECT + "/partners/"
                    + payload.path("partnerId").path("partnerCode").asText() + "/documents/"
                    + payload.path("sha256").asText() + "/content";
            await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
                HttpResponse<byte[]> response = auditor.download(path);
                assertThat(response.statusCode()).as(path + ": " + new String(response.body(),
                        StandardCharsets.UTF_8)).isEqualTo(200);
            });
            byte[] content = auditor.download(path).body();
            assertThat(Uploads.sha256(content)).as(path).isEqualTo(payload.path("sha256").asText());
            assertThat((long) content.length).isEqualTo(payload.path("size").asLong());
        }
    }

    private static Api client(ServerProcess server, int client) {
        return Api.of(server::uri, CrashRun.userOf(client), CrashRun.PASSWORD);
    }
}
