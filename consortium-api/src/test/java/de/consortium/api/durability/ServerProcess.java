package de.consortium.api.durability;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The packaged application ({@code consortium-api.jar}, as users run it) in a JVM of its own, so that a test can kill
 * it with SIGKILL, as a power cut or the kernel's OOM killer would, and start it again on the same data.
 */
final class ServerProcess {

    private static final Duration START_TIMEOUT = Duration.ofSeconds(120);

    private final List<String> arguments;
    private final Path log;
    private final int port;
    private Process process;

    private ServerProcess(List<String> arguments, Path log, int port) {
        this.arguments = arguments;
        this.log = log;
        this.port = port;
    }

    /** Starts the application with these arguments on a free port and waits until it is ready. */
    static ServerProcess start(Path workDir, String name, List<String> arguments) {
        ServerProcess server = new ServerProcess(List.copyOf(arguments), workDir.resolve(name + ".log"), freePort());
        server.launch();
        return server;
    }

    URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    /** SIGKILL: no shutdown hook runs, nothing is flushed or closed. */
    void kill() {
        process.destroyForcibly();
        waitForExit();
    }

    /** SIGTERM: the application shuts down in order. */
    void stop() {
        process.destroy();
        waitForExit();
    }

    /** Starts the application again with the same arguments, port and data. */
    void restart() {
        if (process.isAlive()) {
            throw new IllegalStateException("the server still runs");
        }
        launch();
    }

    private void launch() {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-Xmx768m", "-XX:TieredStopAtLevel=1", "-Dspring.main.banner-mode=off", "-jar", jar()));
        command.addAll(arguments);
        command.add("--server.port=" + port);
        try {
            process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        awaitReady();
    }

    private void awaitReady() {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        Instant deadline = Instant.now().plus(START_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the server exited with " + process.exitValue() + ":\n" + logTail());
            }
            try {
                HttpResponse<String> ready = http.send(HttpRequest.newBuilder(uri("/actuator/health/readiness"))
                        .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.ofString());
                if (ready.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            sleep(250);
        }
        throw new IllegalStateException("the server did not become ready within " + START_TIMEOUT + ":\n" + logTail());
    }

    String logTail() {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    private void waitForExit() {
        try {
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String jar() {
        String jar = System.getProperty("consortium.jar");
        if (jar == null || !Files.isRegularFile(Path.of(jar))) {
            throw new IllegalStateException("The packaged application is needed (system property consortium.jar,"
                    + " set by the failsafe plugin after 'package'); found: " + jar);
        }
        return jar;
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
