package de.consortium.api.durability;

import com.fasterxml.jackson.databind.JsonNode;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Concurrent clients send council resolutions (each with an Idempotency-Key) to a server in a JVM of its own; the
 * server is killed with SIGKILL in the middle, started again on the same data, and then every command it had
 * acknowledged must be stored exactly once at the version it answered, every command that got no answer must get
 * its true outcome when sent again with its key, the audit chain must link every stored event, intact, and the
 * resolutions read model must show every one of them: its processors read past the gaps that concurrent appends and
 * the killed server's unfinished ones leave in the history. Then the same again, as often as asked.
 */
final class CrashRun {

    static final String PROJECT = "SC20-CRASH";
    static final int CLIENTS = 16;
    static final String PASSWORD = "crash-test";
    private static final Duration RETRY_WITHIN = Duration.ofSeconds(60);

    /** A command a client sent: what it said and, if an answer came, the version the server answered. */
    record Sent(int client, String paperReference, String key, String body, Long version) {

        String partnerPath() {
            return "/api/projects/" + PROJECT + "/partners/" + partner(client);
        }
    }

    /** What one crash round saw: commands acknowledged, commands without answer, and how long the restart took. */
    record Round(int acknowledged, int unanswered, Duration restart) {
    }

    private final Path workDir;
    private final List<Round> rounds = new ArrayList<>();
    private final List<Sent> everythingSent = new ArrayList<>();

    CrashRun(Path workDir) {
        this.workDir = workDir;
    }

    /** The embedded default's arguments for the child server: the local users, and the run's data directory. */
    List<String> embeddedArguments() {
        List<String> arguments = new ArrayList<>(usersArguments());
        arguments.add("--consortium.data-dir=" + dataDirectory());
        return arguments;
    }

    /** Where the embedded default's child server keeps its data: under the run's work directory. */
    Path dataDirectory() {
        return workDir.resolve("data");
    }

    /** Local users for the child server: the consortium lead, an auditor, an operator, a project lead per client. */
    List<String> usersArguments() {
        String hash = "{bcrypt}" + new BCryptPasswordEncoder(4).encode(PASSWORD);
        StringBuilder yaml = new StringBuilder("consortium:\n  security:\n    users:\n");
        yaml.append(user("lead", hash, "[CONSORTIUM_LEAD, PROJECT_LEAD]", "FHH"));
        yaml.append(user("auditor", hash, "[AUDITOR]", null));
        yaml.append(user("operator", hash, "[OPERATOR]", null));
        for (int client = 0; client < CLIENTS; client++) {
            yaml.append(user(userOf(client), hash, "[PROJECT_LEAD]", partner(client)));
        }
        Path file = workDir.resolve("users.yml");
        try {
            Files.writeString(file, yaml);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return List.of("--spring.config.additional-location=file:" + file);
    }

    void run(ServerProcess server, int crashes) {
        register(server);
        for (int round = 1; round <= crashes; round++) {
            crashRound(server, round);
        }
        server.stop();
        System.out.println("crash rounds (acknowledged, unanswered, restart): " + rounds);
    }

    /** The project and one partner per client. */
    static void register(ServerProcess server) {
        Api lead = Api.of(server::uri, "lead", PASSWORD);
        lead.command("/api/projects", """
                {"projectId": "%s", "title": "Crash test", "programme": "KfW 436", "leadPartner": "FHH",
                 "applicationDeadline": "2020-05-20", "runningTime": {"start": "2021-01-01", "end": "2025-12-31"},
                 "measures": [], "registeredOn": "2020-05-05"}""".formatted(PROJECT));
        for (int client = 0; client < CLIENTS; client++) {
            lead.command("/api/projects/" + PROJECT + "/partners", """
                    {"partnerCode": "%s", "name": "City %d", "municipalKey": "0%07d", "joinedOn": "2020-05-05"}"""
                    .formatted(partner(client), client, client));
        }
    }

    List<Round> rounds() {
        return rounds;
    }

    private void crashRound(ServerProcess server, int round) {
        ConcurrentLinkedQueue<Sent> answered = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<Sent> unanswered = new ConcurrentLinkedQueue<>();
        AtomicBoolean stop = new AtomicBoolean();
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        for (int client = 0; client < CLIENTS; client++) {
            int id = client;
            clients.submit(() -> drive(server, id, round, stop, answered, unanswered));
        }
        // let the load run until a good number of commands were acknowledged, then pull the plug mid-stream
        await().atMost(Duration.ofSeconds(60)).until(() -> answered.size() >= 150 + 50 * round);
        ServerProcess.sleep(ThreadLocalRandom.current().nextLong(100, 600));
        server.kill();
        stop.set(true);
        clients.shutdown();
        try {
            assertThat(clients.awaitTermination(90, TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        Instant restarting = Instant.now();
        server.restart();
        rounds.add(new Round(answered.size(), unanswered.size(), Duration.between(restarting, Instant.now())));

        List<Sent> retried = unanswered.stream().map(sent -> retry(server, sent)).toList();
        everythingSent.addAll(answered);
        everythingSent.addAll(retried);
        assertEveryCommandStoredOnceAtItsVersion(server);
        assertChainLinksEveryEventIntact(server);
        assertReadModelShowsEveryCommand(server);
    }

    private static void drive(ServerProcess server, int client, int round, AtomicBoolean stop,
                              ConcurrentLinkedQueue<Sent> answered, ConcurrentLinkedQueue<Sent> unanswered) {
        Api api = Api.of(server::uri, userOf(client), PASSWORD);
        for (int n = 0; !stop.get(); n++) {
            String paper = "R" + round + "-" + client + "-" + n;
            Sent sent = new Sent(client, paper, "key-" + paper, resolution(paper), null);
            try {
                HttpResponse<String> response = api.post(sent.partnerPath() + "/pass-council-resolution",
                        sent.body(), sent.key());
                if (response.statusCode() != 202) {
                    throw new AssertionError(paper + " answered " + response.statusCode() + ": " + response.body());
                }
                answered.add(withVersion(sent, response));
            } catch (IOException noAnswer) {
                unanswered.add(sent);
                return;
            }
        }
    }

    /** The unanswered command sent again with its key: it gets its true outcome within a minute. */
    private static Sent retry(ServerProcess server, Sent sent) {
        Api api = Api.of(server::uri, userOf(sent.client()), PASSWORD);
        Instant deadline = Instant.now().plus(RETRY_WITHIN);
        while (true) {
            try {
                HttpResponse<String> response = api.post(sent.partnerPath() + "/pass-council-resolution",
                        sent.body(), sent.key());
                if (response.statusCode() == 202) {
                    return withVersion(sent, response);
                }
                assertThat(response.statusCode()).as(response.body()).isEqualTo(409);
                assertThat(response.headers().firstValue("Retry-After")).isPresent();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            assertThat(Instant.now()).as("the retry of " + sent.key() + " got its outcome in time")
                    .isBefore(deadline);
            ServerProcess.sleep(500);
        }
    }

    private void assertEveryCommandStoredOnceAtItsVersion(ServerProcess server) {
        Map<String, List<Long>> sequencesByPaper = new HashMap<>();
        String export = Api.of(server::uri, "auditor", PASSWORD)
                .get("/api/audit/events/export?format=jsonl&project=" + PROJECT).body();
        for (String line : export.lines().toList()) {
            JsonNode event = parse(line);
            if ("CouncilResolutionPassed".equals(event.path("type").asText())) {
                sequencesByPaper.computeIfAbsent(event.path("payload").path("paperReference").asText(),
                        paper -> new ArrayList<>()).add(event.path("sequenceNumber").asLong());
            }
        }
        for (Sent sent : everythingSent) {
            assertThat(sequencesByPaper.get(sent.paperReference()))
                    .as("the events of acknowledged command " + sent.paperReference())
                    .containsExactly(sent.version());
        }
    }

    private void assertReadModelShowsEveryCommand(ServerProcess server) {
        Api auditor = Api.of(server::uri, "auditor", PASSWORD);
        List<String> papers = everythingSent.stream().map(Sent::paperReference).toList();
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            Set<String> shown = new HashSet<>();
            for (JsonNode partner : auditor.read("/api/projects/" + PROJECT + "/resolutions").path("partners")) {
                partner.path("resolutions").forEach(resolution -> shown.add(
                        resolution.path("paperReference").asText()));
            }
            assertThat(shown).as("the resolutions read model").containsAll(papers);
        });
    }

    static void assertChainLinksEveryEventIntact(ServerProcess server) {
        Api auditor = Api.of(server::uri, "auditor", PASSWORD);
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            JsonNode verification = auditor.read("/api/audit/verify");
            assertThat(verification.path("intact").asBoolean()).as(verification.toString()).isTrue();
            assertThat(verification.path("unlinkedEvents").asLong()).as(verification.toString()).isZero();
        });
    }

    private static Sent withVersion(Sent sent, HttpResponse<String> response) {
        return new Sent(sent.client(), sent.paperReference(), sent.key(), sent.body(),
                parse(response.body()).path("version").asLong());
    }

    static String resolution(String paper) {
        return """
                {"paperReference": "%s", "title": "Beschluss", "body": "Stadtrat", "sessionDate": "2020-03-01",
                 "publicSession": true, "subjects": ["APPLICATION_APPROVAL", "OWN_SHARE_FINANCING"],
                 "outcome": "ADOPTED"}""".formatted(paper);
    }

    static JsonNode parse(String json) {
        try {
            return Api.JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String partner(int client) {
        return "C%02d".formatted(client);
    }

    static String userOf(int client) {
        return "c%02d".formatted(client);
    }

    private static String user(String name, String hash, String roles, String partner) {
        return "      - { username: %s, password: \"%s\", roles: %s%s }\n".formatted(name, hash, roles,
                partner == null ? "" : ", partners: [" + partner + "]");
    }
}
