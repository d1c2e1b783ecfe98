import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Attributes a server's CPU samples (async-profiler's collapsed stacks, as Benchmark.java records them with
 * {@code --record m.collapsed --async-profiler ...}) to the parts of a command's work, and with the server's CPU per
 * command (the benchmark prints it) to milliseconds per command.
 * <p>
 * A sample goes to the thread it ran on (request threads, each event processor, the hash chain, the snapshotter, the
 * JIT compiler, ...; by name where the recording has the threads' names), and within request threads to the innermost part of the work it lay in: loading the partner,
 * the rules, the append, the JSON of the request or the answer, and so on; what lies in none of those to the
 * outermost layer it ran in (Axon's buses, Spring Security, Spring MVC, Tomcat).
 *
 * <pre>java deploy/benchmark/CpuBreakdown.java m.collapsed 3.04</pre>
 */
public class CpuBreakdown {

    /** Parts of the work, most specific first: the innermost frame matching one decides. */
    static final Map<String, List<String>> PARTS = parts(
            "append events (serialize, insert)", "appendEvents",
            "cache check (last sequence number)", "lastSequenceNumberFor",
            "load partner from store (snapshot, events)", "EventSourcingRepository.doLoadWithLock|readEvents|readSnapshot",
            "take snapshot", "Snapshotter",
            "rules and applying events (domain)", "de/consortium/domain/",
            "projection handlers (with their SQL)", "de/consortium/projections/",
            "audit hash chain", "de/consortium/api/audit/",
            "webhooks, live updates", "de/consortium/api/notifications/|de/consortium/api/live/",
            "JSON of the request", "readWithMessageConverters",
            "JSON of the answer", "writeWithMessageConverters",
            "bean validation", "validateIfApplicable",
            "transaction begin and commit", "doCommit|doBegin|commitTransaction|getTransaction|startTransaction",
            "processors' tokens", "TokenStore|tokenstore");

    /** Layers, for what lies in no part: the innermost layer matching one decides. */
    static final Map<String, List<String>> LAYERS = parts(
            "metrics (Micrometer)", "io/micrometer/",
            "Axon (buses, unit of work, interceptors, processors)", "org/axonframework/",
            "controllers, Commands", "de/consortium/api/web/|de/consortium/api/messaging/|de/consortium/api/cluster/",
            "our filters (body, idempotency, logging, security)", "de/consortium/api/",
            "Spring Security", "org/springframework/security/",
            "Spring MVC", "org/springframework/web/",
            "Tomcat (HTTP, sockets)", "org/apache/");

    public static void main(String[] args) throws Exception {
        double cpuMsPerCommand = args.length > 1 ? Double.parseDouble(args[1]) : 0;
        Map<String, Map<String, Long>> byThread = new TreeMap<>();
        long total = 0;
        for (String line : Files.readAllLines(Path.of(args[0]))) {
            int space = line.lastIndexOf(' ');
            long samples = Long.parseLong(line.substring(space + 1));
            List<String> frames = List.of(line.substring(0, space).split(";"));
            byThread.computeIfAbsent(thread(frames), t -> new TreeMap<>()).merge(part(frames), samples, Long::sum);
            total += samples;
        }
        System.out.printf("%d samples; shares of the server's CPU%s%n", total,
                cpuMsPerCommand > 0 ? " and ms per command (of " + cpuMsPerCommand + ")" : "");
        long all = total;
        byThread.entrySet().stream()
                .sorted((a, b) -> Long.compare(sum(b.getValue()), sum(a.getValue())))
                .forEach(thread -> {
                    print("", thread.getKey(), sum(thread.getValue()), all, cpuMsPerCommand);
                    thread.getValue().entrySet().stream().sorted((a, b) -> Long.compare(b.getValue(), a.getValue()))
                            .filter(part -> part.getValue() * 200 >= all)
                            .forEach(part -> print("    ", part.getKey(), part.getValue(), all, cpuMsPerCommand));
                });
    }

    static void print(String indent, String name, long samples, long total, double cpuMsPerCommand) {
        double share = (double) samples / total;
        System.out.printf("%s%-60s %6.1f %%%s%n", indent, name, 100 * share,
                cpuMsPerCommand > 0 ? String.format(" %6.2f ms", share * cpuMsPerCommand) : "");
    }

    /** By the thread's name where the recording has it (async-profiler's option "threads"), else by its stack. */
    static String thread(List<String> frames) {
        String name = frames.get(0).startsWith("[") ? frames.get(0) : "";
        Matcher processor = Pattern.compile("(WorkPackage|Coordinator)\\[([^\\]]+)\\]").matcher(name);
        if (processor.find()) {
            return "event processor " + processor.group(2);
        }
        String stack = String.join(";", frames);
        if (name.contains("http-nio") || stack.contains("org/apache/tomcat/util/threads")) {
            return "request threads";
        }
        if (stack.contains("pooled/WorkPackage") || stack.contains("pooled/Coordinator")) {
            return "event processors";
        }
        if (stack.contains("HashChain")) {
            return "audit hash chain";
        }
        if (stack.contains("Snapshotter")) {
            return "snapshotter";
        }
        if (name.contains("Compiler") || stack.contains("CompileBroker")) {
            return "JIT compiler";
        }
        if (name.contains("GC") || name.contains("G1") || stack.contains("G1")) {
            return "garbage collector";
        }
        return "other threads";
    }

    static String part(List<String> frames) {
        for (Map<String, List<String>> kinds : List.of(PARTS, LAYERS)) {
            for (int i = frames.size() - 1; i >= 0; i--) {
                for (Map.Entry<String, List<String>> kind : kinds.entrySet()) {
                    for (String marker : kind.getValue()) {
                        if (frames.get(i).contains(marker)) {
                            return kind.getKey();
                        }
                    }
                }
            }
        }
        return "JDK and native";
    }

    static long sum(Map<String, Long> parts) {
        return parts.values().stream().mapToLong(Long::longValue).sum();
    }

    static Map<String, List<String>> parts(String... namesAndMarkers) {
        Map<String, List<String>> parts = new LinkedHashMap<>();
        for (int i = 0; i < namesAndMarkers.length; i += 2) {
            parts.put(namesAndMarkers[i], new ArrayList<>(List.of(namesAndMarkers[i + 1].split("\\|"))));
        }
        return parts;
    }
}
