package de.consortium.api.live;

import com.jayway.jsonpath.DocumentContext;
import com.jayway.jsonpath.JsonPath;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A dashboard following a project's updates as a client would: the server-sent events of
 * {@code /api/projects/{projectId}/updates}, each "update" kept with the instant it arrived.
 */
public final class UpdateStream implements AutoCloseable {

    /** An update's data and when this client received it. */
    public record Received(DocumentContext update, long receivedAtNanos) {
    }

    private final BlockingQueue<Received> received = new LinkedBlockingQueue<>();
    private final CompletableFuture<HttpResponse<Stream<String>>> response;
    private final CompletableFuture<Void> connected = new CompletableFuture<>();

    private UpdateStream(CompletableFuture<HttpResponse<Stream<String>>> response) {
        this.response = response;
        // a thread of its own reads the stream: it blocks until the stream ends, and the common pool may have one
        response.thenAcceptAsync(answer -> {
            if (answer.statusCode() != 200) {
                connected.completeExceptionally(new AssertionError("the stream answered " + answer.statusCode() + ": "
                        + answer.body().collect(Collectors.joining("\n"))));
                return;
            }
            String event = null;
            for (String line : (Iterable<String>) answer.body()::iterator) {
                if (line.startsWith(":")) {
                    connected.complete(null);
                } else if (line.startsWith("event:")) {
                    event = line.substring("event:".length()).trim();
                } else if (line.startsWith("data:") && "update".equals(event)) {
                    received.add(new Received(JsonPath.parse(line.substring("data:".length())), System.nanoTime()));
                }
            }
        }, runnable -> {
            Thread reader = new Thread(runnable, "update-stream");
            reader.setDaemon(true);
            reader.start();
        });
    }

    /** Opens the stream on the server at {@code port} as {@code user}, and waits until it is connected. */
    public static UpdateStream follow(int port, String projectId, String user) throws Exception {
        return follow(port, projectId, user, null);
    }

    /**
     * Opens the stream as {@link #follow(int, String, String)} does, as a client reconnecting after it received the
     * update at {@code lastEventId} would (none: as a new one).
     */
    public static UpdateStream follow(int port, String projectId, String user, Long lastEventId) throws Exception {
        String credentials = Base64.getEncoder().encodeToString((user + ":" + user + "-demo")
                .getBytes(StandardCharsets.UTF_8));
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port
                        + "/api/projects/" + projectId + "/updates")).header("Accept", "text/event-stream")
                .header("Authorization", "Basic " + credentials);
        if (lastEventId != null) {
            request.header("Last-Event-ID", String.valueOf(lastEventId));
        }
        return connected(HttpClient.newHttpClient().sendAsync(request.GET().build(),
                HttpResponse.BodyHandlers.ofLines()));
    }

    /** Reads the stream {@code response} will bring, once it is connected. */
    public static UpdateStream connected(CompletableFuture<HttpResponse<Stream<String>>> response) throws Exception {
        UpdateStream stream = new UpdateStream(response);
        stream.connected.get(10, TimeUnit.SECONDS);
        return stream;
    }

    /**
     * The next update {@code wanted} accepts, passing over others (changes of the project made before, told late
     * because a read model was rebuilding), or null if none arrives within {@code wait}.
     */
    public Received next(Duration wait, Predicate<DocumentContext> wanted) throws InterruptedException {
        long deadline = System.nanoTime() + wait.toNanos();
        for (Received next = received.poll(wait.toMillis(), TimeUnit.MILLISECONDS); next != null;
             next = received.poll(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS)) {
            if (wanted.test(next.update())) {
                return next;
            }
        }
        return null;
    }

    @Override
    public void close() {
        response.thenAccept(answer -> answer.body().close());
        response.cancel(true);
    }
}
