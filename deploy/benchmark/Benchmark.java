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
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Measures the backend as a client and an operator see it, beside two reference applications on the same machine and
 * database (postgres): a plain CRUD service and a minimal Axon application (deploy/benchmark/reference), each driven
 * with the same command mix. Starts each server itself, registers a project with one partner city per client, warms
 * the server up on cities of its own ({@code --warmup} commands, by default 150,000, in rounds shaped like the
 * measured mix), drives the mix over REST (council resolutions and disbursement cycles: request, approve, pay), and
 * prints per system commands/s, latency percentiles, CPU per command of the server and of PostgreSQL, how much of the
 * server's its JIT compilers still spent, and PostgreSQL's commits and rows written per command; then for the backend
 * how long the read models took to show the last command, that the resolutions read model shows every resolution the
 * measured mix had acknowledged (else it stops with an error: a system that loses acknowledged commands is not
 * measured), rebuild speed, the server's peak memory, this machine's PostgreSQL single-row durable insert rate at the
 * same concurrency (pgbench) and the ratio, the rate of no-op GETs the same clients get answered, command latency on
 * partners carrying 10^2, 10^4 and 10^5 events, and the latency of the project list and of one project's status at
 * 10, 1,000 and 10,000 projects. Rebuild speed is measured twice (postgres): over a history of many partners (the
 * measured cities' histories copied {@code --copies} times, by default to about 10^5 events), and again once the
 * growth partners' long histories are in. Each server runs with its profile's own settings.
 *
 * <pre>java deploy/benchmark/Benchmark.java --profile postgres --clients 16</pre>
 *
 * {@code --growth ""} leaves out the cost growth, {@code --listing ""} the project list, {@code --references false}
 * the reference applications; {@code --record m.jfr} records a flight recording (JFR, settings "default") of the
 * backend during the measured mix only, or with {@code --async-profiler /path/to/libasyncProfiler.so} its CPU samples
 * as collapsed stacks (CpuBreakdown.java attributes them); {@code --jvm "..."} passes options to the server's JVM.
 */
public class Benchmark {

    record Options(String profile, int clients, int commands, int warmup, int copies, Path jar,
                   List<Integer> growth, List<String> jvm, boolean references, String recording,
                   String asyncProfiler, List<Integer> listing) {

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
                    Integer.parseInt(given.getOrDefault("commands", "6000")),
                    Integer.parseInt(given.getOrDefault("warmup", "150000")),
                    // about 10^5 events in all: the measured mix's events, copied
                    Integer.parseInt(given.getOrDefault("copies", String.valueOf(Math.max(1, 100_000
                            / Integer.parseInt(given.getOrDefault("commands", "6000")))))),
                    Path.of(given.getOrDefault("jar", "consortium-api/target/consortium-api.jar")), growth,
                    Arrays.stream(given.getOrDefault("jvm", "").split(" ")).filter(s -> !s.isBlank()).toList(),
                    profile.equals("postgres") && Boolean.parseBoolean(given.getOrDefault("references", "true")),
                    given.get("record"), given.get("async-profiler"),
                    Arrays.stream(given.getOrDefault("listing", "10,1000,10000").split(","))
                            .filter(s -> !s.isBlank()).map(Integer::valueOf).toList());
        }
    }

    static final String PROJECT = "BENCH";
    static final String DATABASE = "consortium_bench";
    static final int GROWTH_SAMPLES = 50;
    static final String MEASURED = "B";
    static final String WARMUP = "W";
    static final List<String> READ_MODELS = List.of("project-status", "budget", "resolutions", "disbursements",
            "documents");
    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private static String base;
    private static Process server;

    public static void main(String[] args) throws Exception {
        Options options = Options.parse(args);
        System.out.printf("Benchmark: profile %s, %d clients, %d commands, %d cores%n", options.profile(),
                options.clients(), options.commands(), Runtime.getRuntime().availableProcessors());
        try {
            double pgRate = pgbenchInsertRate(options.clients());
            List<Measured> systems = new ArrayList<>();
            if (options.references()) {
                for (String reference : REFERENCES) {
                    systems.add(measureReference(reference, options));
                }
            }
            startServer(options);
            seedProject();
            for (String prefix : warmupPrefixes(options)) {
                seed(prefix, options.clients());
            }
            seed(MEASURED, options.clients());
            warmUp(options);
            Mix mix = measuredMix(options, options.profile().equals("postgres") ? DATABASE : null);
            systems.add(new Measured("this backend, " + options.profile(), mix));
            long lagMs = readModelLag(mix);
            int shown = resolutionsShown(mix);
            double floor = noOpRequestRate(options.clients());
            boolean postgres = options.profile().equals("postgres");
            // a programme's history: many partners, each with a few hundred events (the measured cities', copied)
            Rebuilds manyPartners = null;
            if (postgres && options.copies() > 0) {
                copyMeasuredHistories(options.copies());
                awaitTokensAtHead();
                manyPartners = Rebuilds.measure();
            }
            List<String> growth = postgres ? costGrowth(options.growth()) : List.of();
            List<String> listing = postgres ? projectListing(options.listing()) : List.of();
            if (postgres) {
                awaitTokensAtHead();
            }
            // and with the growth partners' long histories, which one segment each replays in order
            Rebuilds withGrowth = Rebuilds.measure();
            long peakMb = peakRssMb();

            System.out.println();
            printComparison(systems, pgRate);
            System.out.println();
            System.out.printf("commands/s                         %10.1f%n", mix.perSecond());
            System.out.printf("latency p50 / p95 / p99 (ms)       %10.1f / %.1f / %.1f%n", mix.percentile(50),
                    mix.percentile(95), mix.percentile(99));
            System.out.printf("commands refused (409) / failed    %10d / %d%n", mix.refused(), mix.failed());
            System.out.printf("read models caught up after (ms)   %10d%n", lagMs);
            System.out.printf("acknowledged resolutions shown     %10d of %d%n", shown,
                    mix.acknowledgedPapers().size());
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
            listing.forEach(System.out::println);
        } finally {
            stopServer();
        }
    }

    // --- the reference applications ---------------------------------------------------------------------------

    /** The plain CRUD service and the minimal Axon application (reference/), measured with the same mix. */
    static final List<String> REFERENCES = List.of("crud", "axon");
    static final Path REFERENCE_BUILD = Path.of("deploy", "benchmark", "reference");

    /** A system's mix, with the CPU its server process and PostgreSQL spent on it. */
    record Measured(String system, Mix mix) {
    }

    static Measured measureReference(String name, Options options) throws Exception {
        Path jar = REFERENCE_BUILD.resolve(name).resolve("target").resolve("reference-" + name + ".jar");
        if (!Files.exists(jar)) {
            run(List.of(Path.of("mvnw").toAbsolutePath().toString(), "-B", "-q", "-f",
                    REFERENCE_BUILD.resolve("pom.xml").toString(), "package"));
        }
        String database = "consortium_ref_" + name;
        freshDatabase(database);
        int port = freePort();
        server = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx1g",
                "-Ddisable-axoniq-console-message=true", "-jar", jar.toString(), "--server.port=" + port,
                "--spring.datasource.url=jdbc:postgresql://localhost:5432/" + database,
                "--spring.datasource.username=consortium", "--spring.datasource.password=consortium",
                "--logging.level.root=WARN").redirectErrorStream(true)
                .redirectOutput(Files.createTempFile("reference-" + name, ".log").toFile()).start();
        base = "http://localhost:" + port;
        awaitUp("/actuator/health", 404);
        try {
            for (String city : partners(options)) {
                expect(post("/api/projects/BENCH/partners", "bench-lead", "{\"partnerCode\": \"" + city + "\"}"));
            }
            warmUp(options);
            Measured measured = new Measured("reference: " + (name.equals("crud") ? "plain CRUD service"
                    : "minimal Axon application"), measuredMix(options, database));
            System.out.printf("%-36s %8.1f commands/s%n", measured.system(), measured.mix().perSecond());
            return measured;
        } finally {
            stopServer();
        }
    }

    /** The measured mix, with the CPU the server and PostgreSQL spent meanwhile. */
    static Mix measuredMix(Options options, String database) throws Exception {
        String jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd").toString();
        String pid = String.valueOf(server.pid());
        if (options.recording() != null) {
            if (options.asyncProfiler() == null) {
                run(List.of(jcmd, pid, "JFR.start", "name=measured", "settings=default"));
            } else {
                loadAgent(options.asyncProfiler(), "start,event=itimer,interval=1ms,threads");
            }
        }
        Rows rowsBefore = Rows.now(database);
        Cpu before = Cpu.now(server.pid());
        Mix mix = runMix(MEASURED, options.clients(), options.commands());
        Cpu spent = Cpu.now(server.pid()).minus(before);
        Rows written = Rows.now(database).minus(rowsBefore);
        if (options.recording() != null) {
            String file = Path.of(options.recording()).toAbsolutePath().toString();
            if (options.asyncProfiler() == null) {
                run(List.of(jcmd, pid, "JFR.stop", "name=measured", "filename=" + file));
            } else {
                loadAgent(options.asyncProfiler(), "stop,collapsed,file=" + file);
            }
        }
        return mix.withCpu(spent, written);
    }

    /** What a database did, from PostgreSQL's statistics (flushed by its backends at least once a second). */
    record Rows(long commits, long inserted, long updated, long deleted) {

        static Rows now(String database) throws Exception {
            if (database == null) {
                return new Rows(0, 0, 0, 0);
            }
            Thread.sleep(1_500);
            String[] row = run(List.of("runuser", "-u", "postgres", "--", "psql", "-At", "-F", " ", "-d", database,
                    "-c", "SELECT xact_commit, tup_inserted, tup_updated, tup_deleted FROM pg_stat_database"
                            + " WHERE datname = current_database()")).trim().split(" ");
            return new Rows(Long.parseLong(row[0]), Long.parseLong(row[1]), Long.parseLong(row[2]),
                    Long.parseLong(row[3]));
        }

        Rows minus(Rows earlier) {
            return new Rows(commits - earlier.commits, inserted - earlier.inserted, updated - earlier.updated,
                    deleted - earlier.deleted);
        }
    }

    static void loadAgent(String library, String arguments) throws Exception {
        com.sun.tools.attach.VirtualMachine vm = com.sun.tools.attach.VirtualMachine.attach(String.valueOf(server.pid()));
        try {
            vm.loadAgentPath(library, arguments);
        } finally {
            vm.detach();
        }
    }

    static void printComparison(List<Measured> systems, double pgRate) {
        Mix crud = systems.stream().filter(m -> m.system().contains("CRUD")).map(Measured::mix).findFirst()
                .orElse(null);
        Mix axon = systems.stream().filter(m -> m.system().contains("Axon")).map(Measured::mix).findFirst()
                .orElse(null);
        System.out.printf("%-36s %11s %17s %13s %8s %9s %9s%n", "system (same mix, same run)", "commands/s",
                "p50 / p99 (ms)", "CPU ms/cmd *", "JIT **", ": CRUD", ": Axon");
        System.out.printf("%-36s %11.1f %17s%n", "pgbench, one-row durable insert", pgRate, "");
        for (Measured measured : systems) {
            Mix mix = measured.mix();
            System.out.printf("%-36s %11.1f %7.1f / %7.1f %6.2f + %4.2f %8.2f %9s %9s%n", measured.system(),
                    mix.perSecond(), mix.percentile(50), mix.percentile(99), mix.cpu().serverMsPer(mix),
                    mix.cpu().postgresMsPer(mix), mix.cpu().compilingMsPer(mix), ratio(mix, crud), ratio(mix, axon));
        }
        System.out.println("* CPU per command during the measured mix: the server's process + PostgreSQL's");
        System.out.println("** of the server's, CPU ms per command its JIT compiler threads spent (still warming up)");
        System.out.printf("%-36s %11s %11s %11s %11s%n", "PostgreSQL per command", "commits", "inserts", "updates",
                "deletes");
        for (Measured measured : systems) {
            Rows rows = measured.mix().rows();
            double commands = measured.mix().timed().size();
            if (rows.commits() > 0) {
                System.out.printf("%-36s %11.2f %11.2f %11.2f %11.2f%n", measured.system(), rows.commits() / commands,
                        rows.inserted() / commands, rows.updated() / commands, rows.deleted() / commands);
            }
        }
    }

    static String ratio(Mix mix, Mix reference) {
        return reference == null ? "" : String.format("%.2f", mix.perSecond() / reference.perSecond());
    }

    /** CPU time consumed so far (ms) by a process and by all of PostgreSQL's processes, from /proc. */
    record Cpu(long serverMs, long postgresMs, long compilingMs) {

        static final long TICK_MS = 10;

        static Cpu now(long pid) throws IOException {
            long postgres = 0;
            try (var processes = Files.list(Path.of("/proc"))) {
                for (Path process : processes.filter(p -> p.getFileName().toString().matches("\\d+")).toList()) {
                    try {
                        if (Files.readString(process.resolve("comm")).startsWith("postgres")) {
                            postgres += ticks(process);
                        }
                    } catch (IOException gone) {
                        // a backend that ended meanwhile
                    }
                }
            }
            return new Cpu(ticks(Path.of("/proc", String.valueOf(pid))) * TICK_MS, postgres * TICK_MS,
                    compilingMs(pid));
        }

        /**
         * The CPU the server's JIT compiler threads have spent so far, from /proc (without attaching to the JVM,
         * which would load classes into it and throw compiled code away). On two cores the JVM keeps one C1 and one
         * C2 thread for good; a compiler thread it adds and ends meanwhile would go uncounted.
         */
        static long compilingMs(long pid) throws IOException {
            long ticks = 0;
            try (var threads = Files.list(Path.of("/proc", String.valueOf(pid), "task"))) {
                for (Path thread : threads.toList()) {
                    try {
                        if (Files.readString(thread.resolve("comm")).matches("(?s)C[12] CompilerThre.*")) {
                            ticks += ticks(thread);
                        }
                    } catch (IOException gone) {
                        // a thread that ended meanwhile
                    }
                }
            }
            return ticks * TICK_MS;
        }

        /** utime + stime (and of waited-for children), in clock ticks. */
        static long ticks(Path process) throws IOException {
            String stat = Files.readString(process.resolve("stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return Long.parseLong(fields[11]) + Long.parseLong(fields[12]) + Long.parseLong(fields[13])
                    + Long.parseLong(fields[14]);
        }

        Cpu minus(Cpu earlier) {
            return new Cpu(serverMs - earlier.serverMs, postgresMs - earlier.postgresMs,
                    compilingMs - earlier.compilingMs);
        }

        double serverMsPer(Mix mix) {
            return (double) serverMs / mix.timed().size();
        }

        double postgresMsPer(Mix mix) {
            return (double) postgresMs / mix.timed().size();
        }

        double compilingMsPer(Mix mix) {
            return (double) compilingMs / mix.timed().size();
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
                .append(String.join(", ", partners(options))).append("] }\n");
        Files.writeString(users, yaml);
        int port = freePort();
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                        .toString(), "-Xmx1g", "-Ddisable-axoniq-console-message=true"));
        command.addAll(options.jvm());
        command.addAll(List.of("-jar", options.jar().toString(), "--server.port=" + port,
                "--consortium.data-dir=" + dir, "--spring.config.additional-location=file:" + users,
                "--logging.level.root=WARN",
                "--consortium.cluster.balance-interval=500ms"));
        if (options.profile().equals("postgres")) {
            freshDatabase(DATABASE);
            command.addAll(List.of("--spring.profiles.active=postgres",
                    "--spring.datasource.url=jdbc:postgresql://localhost:5432/" + DATABASE,
                    "--spring.datasource.username=consortium", "--spring.datasource.password=consortium",
                    "--consortium.security.mode=basic"));
        }
        server = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(dir.resolve("server.log").toFile()).start();
        base = "http://localhost:" + port;
        awaitUp("/actuator/health", 200);
        System.out.println("Server up on port " + port + ", log in " + dir.resolve("server.log"));
    }

    static void awaitUp(String path, int status) throws Exception {
        long deadline = System.currentTimeMillis() + 180_000;
        while (System.currentTimeMillis() < deadline) {
            try {
                if (get(path, null).statusCode() == status) {
                    return;
                }
            } catch (IOException notYet) {
                Thread.sleep(500);
            }
        }
        throw new IllegalStateException("The server at " + base + " did not start");
    }

    static void stopServer() throws InterruptedException {
        if (server != null) {
            server.destroy();
            server.waitFor();
            server = null;
        }
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    static void freshDatabase(String database) throws Exception {
        psql("postgres", "DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'consortium') THEN"
                + " CREATE ROLE consortium LOGIN PASSWORD 'consortium'; END IF; END $$;");
        psql("postgres", "DROP DATABASE IF EXISTS " + database);
        psql("postgres", "CREATE DATABASE " + database + " OWNER consortium");
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

    /** The cities of the measured mix (B01, ...), of the warm-up (W001, ..., W101, ...), and the cost-growth partners. */
    static List<String> partners(Options options) {
        List<String> codes = new ArrayList<>(cities(MEASURED, options.clients()));
        for (String prefix : warmupPrefixes(options)) {
            codes.addAll(cities(prefix, options.clients()));
        }
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

    /**
     * The warm-up runs the measured mix's shape: rounds of as many commands as the measured mix, each round on cities
     * of its own (W0.., W1.., ...), so that every city sees what a measured city sees, disbursement cycles included.
     * On two busy cores the backend's JIT compilers still spent 0.24-0.29 ms of CPU per command after 60,000 and
     * 0.05 after 150,000 (the comparison prints what they still spend); a server runs for months.
     */
    static void warmUp(Options options) throws Exception {
        for (String prefix : warmupPrefixes(options)) {
            runMix(prefix, options.clients(), options.commands());
        }
    }

    static List<String> warmupPrefixes(Options options) {
        List<String> prefixes = new ArrayList<>();
        for (int round = 0; round < Math.max(1, options.warmup() / options.commands()); round++) {
            prefixes.add(WARMUP + round);
        }
        return prefixes;
    }

    static void seedProject() throws Exception {
        expect(post("/api/projects", "bench-lead", """
            {"projectId": "BENCH", "title": "Benchmark", "programme": "KfW 436", "leadPartner": "B01",
             "applicationDeadline": "2020-05-20", "runningTime": {"start": "2021-01-01", "end": "2025-12-31"},
             "measures": [{"code": "M1", "title": "Platform"}], "registeredOn": "2020-05-01"}"""));
    }

    static void seed(String prefix, int clients) throws Exception {
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

    record Mix(List<Timed> timed, long wallNanos, Map<String, Long> lastVersions, Set<String> acknowledgedPapers,
               long lastCompletedAt, Cpu cpu, Rows rows) {

        Mix withCpu(Cpu spent, Rows written) {
            return new Mix(timed, wallNanos, lastVersions, acknowledgedPapers, lastCompletedAt, spent, written);
        }

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
        Set<String> acknowledgedPapers = ConcurrentHashMap.newKeySet();
        long start = System.nanoTime();
        List<Future<?>> running = new ArrayList<>();
        for (String city : cities) {
            running.add(clients.submit(() -> {
                String partner = "/api/projects/BENCH/partners/" + city;
                int sent = 0;
                int halfYear = 0;
                while (sent < perClient) {
                    List<String[]> cycle = new ArrayList<>();
                    String paper = city + "-" + sent;
                    cycle.add(new String[]{partner + "/pass-council-resolution", "bench-city",
                            resolution(paper, "2021-01-15", "\"OTHER\"")});
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
                        if (step == cycle.get(0) && response.statusCode() / 100 == 2) {
                            acknowledgedPapers.add(paper);
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
        return new Mix(new ArrayList<>(timed), wall, lastVersions, acknowledgedPapers, lastCompleted, null, null);
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

    static final Pattern PAPER = Pattern.compile("\"paperReference\":\"([^\"]+)\"");

    /**
     * Waits until the resolutions read model shows every resolution the measured mix had acknowledged, at most 30 s;
     * a system whose read models miss acknowledged commands is not measured further.
     */
    static int resolutionsShown(Mix mix) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        Set<String> missing = new HashSet<>(mix.acknowledgedPapers());
        while (!missing.isEmpty() && System.nanoTime() < deadline) {
            HttpResponse<String> resolutions = get("/api/projects/BENCH/resolutions", "bench-operator");
            if (resolutions.statusCode() != 200) {
                throw new IllegalStateException("GET resolutions answered " + resolutions.statusCode());
            }
            PAPER.matcher(resolutions.body()).results().forEach(shown -> missing.remove(shown.group(1)));
            Thread.sleep(missing.isEmpty() ? 0 : 200);
        }
        if (!missing.isEmpty()) {
            throw new IllegalStateException("The resolutions read model misses " + missing.size() + " of "
                    + mix.acknowledgedPapers().size() + " acknowledged resolutions, e.g. " + missing.iterator().next());
        }
        return mix.acknowledgedPapers().size();
    }

    // --- replay, PostgreSQL, cost growth ---------------------------------------------------------------------

    record Replay(long events, long millis) {

        double eventsPerSecond() {
            return events * 1000.0 / Math.max(1, millis);
        }
    }

    /** The rebuild of project-status alone, then of all read models at once, over the same history. */
    record Rebuilds(Replay projectStatus, Replay all) {

        static Rebuilds measure() throws Exception {
            return new Rebuilds(replay(List.of("project-status")), replay(READ_MODELS));
        }

        void print(String history) {
            System.out.println("replay, " + history + ":");
            line("project-status", projectStatus);
            line("all " + READ_MODELS.size() + " read models at once", all);
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

    /**
     * Read-model queries as the number of projects grows: the first page of {@code GET /api/projects} and one
     * project's status, each the median of 50 reads by an auditor, at each number of projects. The projects are
     * registered by events written straight into the store (as the growth partners' are), then read by the
     * read models.
     */
    static List<String> projectListing(List<Integer> counts) throws Exception {
        List<String> lines = new ArrayList<>(List.of("", "projects registered   GET /api/projects (ms)"
                + "   GET /api/projects/{id} (ms)   vs. fewest"));
        Double fewest = null;
        for (int count : counts) {
            long registered = psqlValue("SELECT COUNT(*) FROM domainevententry WHERE payloadtype"
                    + " = 'de.consortium.domain.project.ProjectRegistered'");
            psql(DATABASE, "INSERT INTO domainevententry (aggregateidentifier, sequencenumber, type, eventidentifier,"
                    + " metadata, payload, payloadrevision, payloadtype, timestamp) SELECT 'L' || lpad(n::text, 6, '0'),"
                    + " 0, 'Project', gen_random_uuid()::text, convert_to('{}', 'UTF8'), convert_to('{\"projectId\":\"L'"
                    + " || lpad(n::text, 6, '0') || '\",\"title\":\"Listed\",\"programme\":\"KfW 436\","
                    + "\"leadPartner\":\"FHH\",\"applicationDeadline\":\"2020-05-20\",\"runningTime\":"
                    + "{\"start\":\"2021-01-01\",\"end\":\"2025-12-31\"},\"measures\":[{\"code\":\"M1\","
                    + "\"title\":\"Platform\"}],\"registeredOn\":\"2020-05-01\"}', 'UTF8'), '1',"
                    + " 'de.consortium.domain.project.ProjectRegistered',"
                    + " to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.US\"Z\"')"
                    + " FROM generate_series(" + registered + ", " + (count - 1) + ") AS n");
            awaitTokensAtHead();
            double list = medianMillis("/api/projects");
            double one = medianMillis("/api/projects/L" + String.format("%06d", count / 2));
            fewest = fewest == null ? list : fewest;
            lines.add(String.format("%,19d   %22.1f   %27.1f   %9.2fx", count, list, one, list / fewest));
        }
        return lines;
    }

    static double medianMillis(String path) throws Exception {
        List<Double> latencies = new ArrayList<>();
        for (int i = 0; i < GROWTH_SAMPLES; i++) {
            long start = System.nanoTime();
            HttpResponse<String> response = get(path, "bench-operator");
            latencies.add((System.nanoTime() - start) / 1e6);
            expect(response);
        }
        Collections.sort(latencies);
        return latencies.get(latencies.size() / 2);
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
