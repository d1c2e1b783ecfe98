import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Measures the backend as a client and an operator see it. Starts the server itself (the built jar), on the
 * embedded default or the postgres profile, registers a project with one partner city per client, warms the server
 * up on cities of its own, drives a command mix over REST (council resolutions and disbursement cycles: request,
 * approve, pay), and prints commands/s, latency percentiles, how long the read models took to show the last
 * command, rebuild speed, the server's peak memory, this machine's PostgreSQL single-row durable insert rate at the
 * same concurrency (pgbench) and the ratio, the rate of no-op GETs the same clients get answered, and (postgres)
 * command latency on partners carrying 10^2, 10^4 and 10^5 events. Rebuild speed is measured twice (postgres):
 * over a history of many partners (the measured cities' histories copied {@code --copies} times, default 50), and
 * again once the growth partners' long histories are in. The server runs with the profile's own settings
 * (snapshot threshold, aggregate cache).
 *
 * <pre>java deploy/benchmark/Benchmark.java --profile postgres --clients 16 --commands 4000</pre>
 *
 * {@code --growth ""} leaves out the cost growth; {@code --jvm "-XX:StartFlightRecording:filename=s.jfr"} passes
 * options to the server's JVM, e.g. to profile it.
 */
public class Benchmark {

    record Options(String profile, int clients, int commands, int warmup, int copies, Path jar,
                   List<Integer> growth, List<String> jvm) {

        static Options parse(String[] args) {
            Map<String, String> given = new ConcurrentHashMap<>();
            for (int i = 0; i + 1 < args.length; i += 2) {
                given.put(args[i].replaceFirst("^--", ""), args[i + 1]);
            }
            String profile = given.getOrDefault("profile", "embedded");
            if (!profile.equals("embedded") && !profile.equals("postgres")) {
                throw new IllegalArgumentException("--profile is embedded or postgres");
            }
            List<Integer> growth = Arrays.stream(given.getOrDefault("growth", "100,10000,100000").split(","))
                    .filter(s -> !s.isBlank()).map(Integer::valueOf).toList();
            return new Options(profile, Integer.parseInt(given.getOrDefault("clients", "16")),
                    Integer.parseInt(given.getOrDefault("commands", "4000")),
                    Integer.parseInt(given.getOrDefault("warmup", "2000")),
                    Integer.parseInt(given.getOrDefault("copies", "50")),
                    Path.of(given.getOrDefault("jar", "consortium-api/target/consortium-api.jar")), growth,
                    Arrays.stream(given.getOrDefault("jvm", "").split(" ")).filter(s -> !s.isBlank()).toList());
        }
    }

    static final String PROJECT = "BENCH";
    static final String DATABASE = "consortium_bench";
    static final int GROWTH_SAMPLES = 50;
    static final String MEASURED = "B";
    static final String WARMUP = "W";
    static final List<String> READ_MODELS = List.of("project-status", "budget", "resolutions", "disbursements");
    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private static String base;
    private static Process server;

    public static void main(String[] args) throws Exception {
        Options options = Options.parse(args);
        System.out.printf("Benchmark: profile %s, %d clients, %d commands, %d cores%n", options.profile(),
                options.clients(), options.commands(), Runtime.getRuntime().availableProcessors());
        try {
            startServer(options);
            seed(WARMUP, options.clients());
            seed(MEASURED, options.clients());
            // the JIT compiles the hot paths during the first thousands of requests; a server runs for months
            runMix(WARMUP, options.clients(), options.warmup());
            Mix mix = runMix(MEASURED, options.clients(), options.commands());
            long lagMs = readModelLag(mix);
            double floor = noOpRequestRate(options.clients());
            double pgRate = pgbenchInsertRate(options.clients());
            boolean postgres = options.profile().equals("postgres");
            // a programme's history: many partners, each with a few hundred events (the measured cities', copied)
            Rebuilds manyPartners = null;
            if (postgres && options.copies() > 0) {
                copyMeasuredHistories(options.copies());
                awaitTokensAtHead();
                manyPartners = Rebuilds.measure();
            }
            List<String> growth = postgres ? costGrowth(options.growth()) : List.of();
            if (postgres) {
                awaitTokensAtHead();
            }
            // and with the growth partners' long histories, which one segment each replays in order
            Rebuilds withGrowth = Rebuilds.measure();
            long peakMb = peakRssMb();

            System.out.println();
            System.out.printf("commands/s                         %10.1f%n", mix.perSecond());
            System.out.printf("latency p50 / p95 / p99 (ms)       %10.1f / %.1f / %.1f%n", mix.percentile(50),
                    mix.percentile(95), mix.percentile(99));
            System.out.printf("commands refused (409) / failed    %10d / %d%n", mix.refused(), mix.failed());
            System.out.printf("read models caught up after (ms)   %10d%n", lagMs);
            if (manyPartners != null) {
                manyPartners.print("history of many partners");
            }
            withGrowth.print(growth.isEmpty() ? "whole history" : "with the growth partners");
            System.out.printf("server peak memory (RSS, MiB)      %10d%n", peakMb);
            System.out.printf("PostgreSQL inserts/s (pgbench, %d) %10.1f%n", options.clients(), pgRate);
            System.out.printf("commands/s : PostgreSQL inserts/s  %10.2f%n", mix.perSecond() / pgRate);
            System.out.printf("no-op HTTP GETs/s (%d clients)      %10.1f  (ratio to PostgreSQL inserts/s %.2f)%n",
                    options.clients(), floor, floor / pgRate);
            growth.forEach(System.out::println);
        } finally {
            if (server != null) {
                server.destroy();
            }
        }
    }

    // --- the server -------------------------------------------------------------------------------------------

    static void startServer(Options options) throws Exception {
        Path dir = Files.createTempDirectory("consortium-bench");
        Path users = dir.resolve("bench-users.yml");
        StringBuilder yaml = new StringBuilder("consortium:\n  security:\n    mode: basic\n    users:\n");
        yaml.append("      - { username: bench-lead, password: '{noop}bench', roles: [CONSORTIUM_LEAD],"
                + " partners: [B01] }\n");
        yaml.append("      - { username: bench-funder, password: '{noop}bench', roles: [FUNDER] }\n");
        yaml.append("      - { username: bench-payer, password: '{noop}bench', roles: [FUNDER] }\n");
        yaml.append("      - { username: bench-operator, password: '{noop}bench', roles: [OPERATOR, AUDITOR] }\n");
        yaml.append("      - { username: bench-city, password: '{noop}bench', roles: [PROJECT_LEAD], partners: [")
                .append(String.join(", ", partners(options.clients()))).append("] }\n");
        Files.writeString(users, yaml);
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                        .toString(), "-Xmx1g", "-Ddisable-axoniq-console-message=true"));
        command.addAll(options.jvm());
        command.addAll(List.of("-jar", options.jar().toString(), "--server.port=" + port,
                "--consortium.data-dir=" + dir, "--spring.config.additional-location=file:" + users,
                "--logging.level.root=WARN",
                "--consortium.cluster.balance-interval=500ms"));
        if (options.profile().equals("postgres")) {
            psql("postgres", "DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'consortium') THEN"
                    + " CREATE ROLE consortium LOGIN PASSWORD 'consortium'; END IF; END $$;");
            psql("postgres", "DROP DATABASE IF EXISTS " + DATABASE);
            psql("postgres", "CREATE DATABASE " + DATABASE + " OWNER consortium");
            command.addAll(List.of("--spring.profiles.active=postgres",
                    "--spring.datasource.url=jdbc:postgresql://localhost:5432/" + DATABASE,
                    "--spring.datasource.username=consortium", "--spring.datasource.password=consortium",
                    "--consortium.security.mode=basic"));
        }
        server = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(dir.resolve("server.log").toFile()).start();
        base = "http://localhost:" + port;
        long deadline = System.currentTimeMillis() + 180_000;
        while (System.currentTimeMillis() < deadline) {
            try {
                if (get("/actuator/health", null).statusCode() == 200) {
                    System.out.println("Server up on port " + port + ", log in " + dir.resolve("server.log"));
                    return;
                }
            } catch (IOException notYet) {
                Thread.sleep(500);
            }
        }
        throw new IllegalStateException("The server did not start; see " + dir.resolve("server.log"));
    }

    static long peakRssMb() throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(server.pid()), "status"))) {
            if (line.startsWith("VmHWM:")) {
                return Long.parseLong(line.replaceAll("\\D", "")) / 1024;
            }
        }
        return -1;
    }

    // --- the command mix --------------------------------------------------------------------------------------

    /** The cities of the measured mix (B01, ...), of the warm-up (W01, ...), and the cost-growth partners. */
    static List<String> partners(int clients) {
        List<String> codes = new ArrayList<>(cities(MEASURED, clients));
        codes.addAll(cities(WARMUP, clients));
        codes.addAll(List.of("G100", "G10000", "G100000"));
        return codes;
    }

    static List<String> cities(String prefix, int count) {
        List<String> codes = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            codes.add(String.format("%s%02d", prefix, i));
        }
        return codes;
    }

    static void seed(String prefix, int clients) throws Exception {
        if (prefix.equals(WARMUP)) {
            expect(post("/api/projects", "bench-lead", """
                {"projectId": "BENCH", "title": "Benchmark", "programme": "KfW 436", "leadPartner": "B01",
                 "applicationDeadline": "2020-05-20", "runningTime": {"start": "2021-01-01", "end": "2025-12-31"},
                 "measures": [{"code": "M1", "title": "Platform"}], "registeredOn": "2020-05-01"}"""));
        }
        for (String code : cities(prefix, clients)) {
            String partner = "/api/projects/BENCH/partners/" + code;
            expect(post("/api/projects/BENCH/partners", "bench-lead", """
                    {"partnerCode": "%s", "name": "City %s", "municipalKey": "09162000", "joinedOn": "2020-05-01"}"""
                    .formatted(code, code)));
            expect(post(partner + "/cost-plan", "bench-lead", COST_PLAN));
            expect(post(partner + "/pass-council-resolution", "bench-city", resolution("STRATEGY-" + code,
                    "2019-07-24", "\"STRATEGY_ADOPTION\"")));
            expect(post(partner + "/pass-council-resolution", "bench-city", resolution("MANDATE-" + code,
                    "2020-05-13", "\"APPLICATION_APPROVAL\", \"OWN_SHARE_FINANCING\"")));
            expect(post(partner + "/submit-application", "bench-city", "{\"submittedOn\": \"2020-05-19\"}"));
            expect(post(partner + "/record-grant-decision", "bench-funder",
                    "{\"decidedOn\": \"2020-12-15\", \"awarded\": true, \"grantAmount\": 3250000.00}"));
        }
    }

    static final String COST_PLAN = """
            {"fundingRate": "STANDARD", "decidedOn": "2020-05-05", "lines": [
              {"year": 2021, "costLine": "2.1.1", "eligibleCosts": 1000000.00},
              {"year": 2022, "costLine": "2.1.1", "eligibleCosts": 1000000.00},
              {"year": 2023, "costLine": "2.1.1", "eligibleCosts": 1000000.00},
              {"year": 2024, "costLine": "2.1.1", "eligibleCosts": 1000000.00},
              {"year": 2025, "costLine": "2.1.1", "eligibleCosts": 1000000.00}]}""";

    static String resolution(String paper, String session, String subjects) {
        return """
                {"paperReference": "%s", "title": "Benchmark", "body": "Stadtrat", "sessionDate": "%s",
                 "publicSession": true, "subjects": [%s], "outcome": "ADOPTED"}""".formatted(paper, session, subjects);
    }

    record Timed(long nanos, int status, long version, long completedAt) {
    }

    record Mix(List<Timed> timed, long wallNanos, Map<String, Long> lastVersions, long lastCompletedAt) {

        double perSecond() {
            return timed.size() / (wallNanos / 1e9);
        }

        double percentile(int p) {
            List<Long> sorted = timed.stream().map(Timed::nanos).sorted().toList();
            return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1)) / 1e6;
        }

        long refused() {
            return timed.stream().filter(t -> t.status() == 409).count();
        }

        long failed() {
            return timed.stream().filter(t -> t.status() >= 500 || t.status() < 200).count();
        }
    }

    /** Each client acts for its own city: resolutions, and per half-year a request, its approval and payment. */
    static Mix runMix(String prefix, int clientCount, int commands) throws Exception {
        int perClient = commands / clientCount;
        List<String> cities = cities(prefix, clientCount);
        ExecutorService clients = Executors.newFixedThreadPool(clientCount);
        List<Timed> timed = Collections.synchronizedList(new ArrayList<>());
        Map<String, Long> lastVersions = new ConcurrentHashMap<>();
        long start = System.nanoTime();
        List<Future<?>> running = new ArrayList<>();
        for (String city : cities) {
            running.add(clients.submit(() -> {
                String partner = "/api/projects/BENCH/partners/" + city;
                int sent = 0;
                int halfYear = 0;
                while (sent < perClient) {
                    List<String[]> cycle = new ArrayList<>();
                    cycle.add(new String[]{partner + "/pass-council-resolution", "bench-city",
                            resolution(city + "-" + sent, "2021-01-15", "\"OTHER\"")});
                    if (halfYear < 10 && sent + 4 <= perClient) {
                        LocalDate periodStart = LocalDate.of(2021, 1, 1).plusMonths(6L * halfYear);
                        LocalDate requested = periodStart.plusMonths(6).plusDays(4);
                        String id = city + "-H" + halfYear;
                        cycle.add(new String[]{partner + "/request-disbursement", "bench-city", """
                                {"requestId": "%s", "requestedOn": "%s", "periodStart": "%s", "periodEnd": "%s",
                                 "payoutDate": "%s", "costs": [{"year": %d, "costLine": "2.1.1", "amount": 1000.00}]}"""
                                .formatted(id, requested, periodStart, periodStart.plusMonths(6).minusDays(1),
                                        requested.withDayOfMonth(requested.lengthOfMonth()), periodStart.getYear())});
                        cycle.add(new String[]{partner + "/disbursements/" + id + "/approve", "bench-funder",
                                "{\"approvedOn\": \"" + requested.plusDays(5) + "\"}"});
                        cycle.add(new String[]{partner + "/disbursements/" + id + "/pay", "bench-payer",
                                "{\"paidOn\": \"" + requested.withDayOfMonth(requested.lengthOfMonth()) + "\"}"});
                        halfYear++;
                    }
                    for (String[] step : cycle) {
                        long before = System.nanoTime();
                        HttpResponse<String> response = post(step[0], step[1], step[2]);
                        long after = System.nanoTime();
                        long version = versionOf(response.body());
                        timed.add(new Timed(after - before, response.statusCode(), version, after));
                        if (version >= 0) {
                            lastVersions.merge(city, version, Math::max);
                        }
                        sent++;
                    }
                }
                return null;
            }));
        }
        for (Future<?> client : running) {
            client.get();
        }
        long wall = System.nanoTime() - start;
        clients.shutdown();
        long lastCompleted = timed.stream().mapToLong(Timed::completedAt).max().orElse(start);
        return new Mix(new ArrayList<>(timed), wall, lastVersions, lastCompleted);
    }

    static final Pattern VERSION = Pattern.compile("\"version\":(\\d+)");

    static long versionOf(String body) {
        Matcher matcher = VERSION.matcher(body == null ? "" : body);
        return matcher.find() ? Long.parseLong(matcher.group(1)) : -1;
    }

    /** From the last command's answer until every city's status shows its last version. */
    static long readModelLag(Mix mix) throws Exception {
        for (Map.Entry<String, Long> city : mix.lastVersions().entrySet()) {
            while (true) {
                HttpResponse<String> status = get("/api/projects/BENCH/partners/" + city.getKey(), "bench-operator");
                if (status.statusCode() == 200 && versionOf(status.body()) >= city.getValue()) {
                    break;
                }
                Thread.sleep(2);
            }
        }
        return (System.nanoTime() - mix.lastCompletedAt()) / 1_000_000;
    }

    // --- replay, PostgreSQL, cost growth ---------------------------------------------------------------------

    record Replay(long events, long millis) {

        double eventsPerSecond() {
            return events * 1000.0 / Math.max(1, millis);
        }
    }

    /** The rebuild of project-status alone, then of all four read models at once, over the same history. */
    record Rebuilds(Replay projectStatus, Replay all) {

        static Rebuilds measure() throws Exception {
            return new Rebuilds(replay(List.of("project-status")), replay(READ_MODELS));
        }

        void print(String history) {
            System.out.println("replay, " + history + ":");
            line("project-status", projectStatus);
            line("all 4 read models at once", all);
        }

        private static void line(String rebuilt, Replay replay) {
            System.out.printf("  %-32s %10.0f events/s  (%d events in %d ms)%n", rebuilt, replay.eventsPerSecond(),
                    replay.events(), replay.millis());
        }
    }

    /**
     * Copies the measured cities' histories as partners of their own (B01 becomes C00101, C00201, ...), event for
     * event and interleaved, as if that many cities had run the same mix.
     */
    static void copyMeasuredHistories(int copies) throws Exception {
        String code = "regexp_replace(%s, '" + MEASURED + "(\\d\\d)', 'C' || lpad(n::text, 3, '0') || '\\1', 'g')";
        psql(DATABASE, "INSERT INTO domainevententry (aggregateidentifier, sequencenumber, type, eventidentifier,"
                + " metadata, payload, payloadrevision, payloadtype, timestamp) SELECT "
                + code.formatted("e.aggregateidentifier") + ", e.sequencenumber, e.type, gen_random_uuid()::text,"
                + " e.metadata, convert_to(" + code.formatted("convert_from(e.payload, 'UTF8')") + ", 'UTF8'),"
                + " e.payloadrevision, e.payloadtype, e.timestamp FROM domainevententry e, generate_series(1, "
                + copies + ") AS n WHERE e.aggregateidentifier LIKE '" + PROJECT + "/" + MEASURED
                + "%' ORDER BY e.globalindex, n");
    }

    /** Rebuilds the given read models at once; done when the last of them is. */
    static Replay replay(List<String> processors) throws Exception {
        long start = System.nanoTime();
        for (String processor : processors) {
            expect(post("/api/operations/replays/" + processor, "bench-operator", ""));
        }
        long head = 0;
        for (String processor : processors) {
            while (true) {
                String progress = get("/api/operations/replays/" + processor, "bench-operator").body();
                Matcher headPosition = Pattern.compile("\"headPosition\":(\\d+)").matcher(progress);
                long slowest = Pattern.compile("\"position\":(\\d+)").matcher(progress).results()
                        .mapToLong(segment -> Long.parseLong(segment.group(1))).min().orElse(0);
                // done, and every segment has read the whole history (not only as far as it was at the reset)
                if (progress.contains("\"status\":\"DONE\"") && headPosition.find()
                        && slowest >= Long.parseLong(headPosition.group(1))) {
                    head = Math.max(head, slowest);
                    break;
                }
                Thread.sleep(20);
            }
        }
        return new Replay(head, (System.nanoTime() - start) / 1_000_000);
    }

    /** What the HTTP stack alone serves: authenticated GETs of /actuator/info, which does no work, for 10 s. */
    static double noOpRequestRate(int clientCount) throws Exception {
        ExecutorService clients = Executors.newFixedThreadPool(clientCount);
        long end = System.nanoTime() + 10_000_000_000L;
        List<Future<Long>> counts = new ArrayList<>();
        for (int i = 0; i < clientCount; i++) {
            counts.add(clients.submit(() -> {
                long served = 0;
                while (System.nanoTime() < end) {
                    if (get("/actuator/info", "bench-operator").statusCode() == 200) {
                        served++;
                    }
                }
                return served;
            }));
        }
        long served = 0;
        for (Future<Long> count : counts) {
            served += count.get();
        }
        clients.shutdown();
        return served / 10.0;
    }

    static double pgbenchInsertRate(int clients) throws Exception {
        psql("postgres", "DROP DATABASE IF EXISTS consortium_pgbench");
        psql("postgres", "CREATE DATABASE consortium_pgbench");
        psql("consortium_pgbench", "CREATE TABLE insert_rate (id BIGSERIAL PRIMARY KEY, payload TEXT NOT NULL)");
        Path script = Files.createTempFile("insert", ".sql");
        Files.writeString(script, "INSERT INTO insert_rate (payload) VALUES ('a consortium event of some size');\n");
        Files.setPosixFilePermissions(script, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
        String output = run(List.of("runuser", "-u", "postgres", "--", "/usr/lib/postgresql/15/bin/pgbench", "-n",
                "-c", String.valueOf(clients), "-j", "2", "-T", "10", "-f", script.toString(), "consortium_pgbench"));
        Matcher tps = Pattern.compile("tps = ([\\d.]+)").matcher(output);
        if (!tps.find()) {
            throw new IllegalStateException("pgbench said: " + output);
        }
        return Double.parseDouble(tps.group(1));
    }

    /**
     * Partners with 10^2, 10^4, 10^5 events (cost plan revisions, written straight into the store). All are seeded
     * before any is measured, so that every size is measured against the same store and the same background work.
     */
    static List<String> costGrowth(List<Integer> sizes) throws Exception {
        for (int size : sizes) {
            seedGrowthPartner(size);
        }
        awaitProcessorsCaughtUp();
        List<String> lines = new ArrayList<>();
        lines.add("");
        lines.add("events on the partner   first command (ms)   median of " + GROWTH_SAMPLES
                + " (ms)   vs. smallest");
        Double smallest = null;
        for (int size : sizes) {
            String path = "/api/projects/BENCH/partners/G" + size + "/cost-plan";
            long before = System.nanoTime();
            expect(post(path, "bench-lead", COST_PLAN));
            double first = (System.nanoTime() - before) / 1e6;
            // the first command has the partner snapshotted on a thread of its own; measure once that is done
            awaitSnapshot("BENCH/G" + size);
            awaitTokensAtHead();
            List<Double> latencies = new ArrayList<>();
            for (int i = 0; i < GROWTH_SAMPLES; i++) {
                long start = System.nanoTime();
                expect(post(path, "bench-lead", COST_PLAN));
                latencies.add((System.nanoTime() - start) / 1e6);
            }
            Collections.sort(latencies);
            double median = latencies.get(latencies.size() / 2);
            smallest = smallest == null ? median : smallest;
            lines.add(String.format("%,20d   %18.1f   %17.1f   %10.2fx", size, first, median, median / smallest));
        }
        return lines;
    }

    static void seedGrowthPartner(int size) throws Exception {
        String code = "G" + size;
        expect(post("/api/projects/BENCH/partners", "bench-lead", """
                {"partnerCode": "%s", "name": "Growth %d", "municipalKey": "09162000", "joinedOn": "2020-05-01"}"""
                .formatted(code, size)));
        String planJson = "{\"partnerId\":{\"projectId\":\"BENCH\",\"partnerCode\":\"" + code + "\"},"
                + "\"fundingRate\":\"STANDARD\",\"thirdPartyFunds\":0,\"thirdPartyContributions\":[],"
                + "\"lines\":[{\"year\":2021,\"costLine\":\"2.1.1\",\"eligibleCosts\":100000,\"phase\":\"B\"}],"
                + "\"years\":[{\"year\":2021,\"eligibleCosts\":100000,\"grant\":65000,\"ownShare\":35000}],"
                + "\"eligibleCosts\":100000,\"grant\":65000,\"ownShare\":35000,\"decidedOn\":\"2020-05-05\"}";
        psql(DATABASE, "INSERT INTO domainevententry (aggregateidentifier, sequencenumber, type, eventidentifier,"
                + " metadata, payload, payloadrevision, payloadtype, timestamp) SELECT 'BENCH/" + code + "', s,"
                + " 'Partner', gen_random_uuid()::text, convert_to('{}', 'UTF8'), convert_to('" + planJson
                + "', 'UTF8'), '1', 'de.consortium.domain.costplan.CostPlanSet',"
                + " to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.US\"Z\"')"
                + " FROM generate_series(1, " + (size - 1) + ") AS s");
    }

    static void awaitProcessorsCaughtUp() throws Exception {
        long deadline = System.currentTimeMillis() + 600_000;
        while (System.currentTimeMillis() < deadline) {
            String health = get("/actuator/health", "bench-operator").body();
            if (!health.contains("\"caughtUp\":false")) {
                return;
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("the processors did not catch up within 10 minutes");
    }

    // --- plumbing -----------------------------------------------------------------------------------------------

    static HttpResponse<String> post(String path, String user, String json) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", basic(user))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    static HttpResponse<String> get(String path, String user) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).GET();
        if (user != null) {
            request.header("Authorization", basic(user));
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    static String basic(String user) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":bench").getBytes(StandardCharsets.UTF_8));
    }

    static void expect(HttpResponse<String> response) {
        if (response.statusCode() >= 300) {
            throw new IllegalStateException(response.uri() + " answered " + response.statusCode() + ": "
                    + response.body());
        }
    }

    static void awaitSnapshot(String aggregate) throws Exception {
        while (psqlValue("SELECT COUNT(*) FROM snapshotevententry WHERE aggregateidentifier = '" + aggregate + "'")
                == 0) {
            Thread.sleep(200);
        }
    }

    /** Until every processor has read the last event (a processor's health says caught up a little early). */
    static void awaitTokensAtHead() throws Exception {
        String position = "COALESCE(token #>> '{currentToken,index}', token ->> 'index')::bigint";
        while (psqlValue("SELECT COUNT(*) FROM (SELECT convert_from(token, 'UTF8')::jsonb AS token FROM tokenentry)"
                + " AS t WHERE COALESCE(" + position + ", -1) < (SELECT MAX(globalindex) FROM domainevententry)")
                > 0) {
            Thread.sleep(200);
        }
    }

    static long psqlValue(String sql) throws Exception {
        return Long.parseLong(run(List.of("runuser", "-u", "postgres", "--", "psql", "-At", "-d", DATABASE, "-c",
                sql)).trim());
    }

    static void psql(String database, String sql) throws Exception {
        run(List.of("runuser", "-u", "postgres", "--", "psql", "-v", "ON_ERROR_STOP=1", "-q", "-d", database,
                "-c", sql));
    }

    static String run(List<String> command) throws Exception {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (process.waitFor() != 0) {
            throw new IllegalStateException(String.join(" ", command).substring(0, 80) + "... failed: " + output);
        }
        return output;
    }
}
