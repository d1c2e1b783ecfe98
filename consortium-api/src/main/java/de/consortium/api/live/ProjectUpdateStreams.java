package de.consortium.api.live;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.http.MediaType;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import java.io.IOException;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * The open streams of this instance, each with the projects it follows, and sending to them; a stream that fails to
 * take a message is dropped.
 */
@Component
class ProjectUpdateStreams {

    /** The name of the server-sent event that carries a {@link ProjectUpdate}. */
    static final String UPDATE = "update";
    private static final Logger log = LoggerFactory.getLogger(ProjectUpdateStreams.class);

    /** A stream: the projects it follows, and the position up to which its client has their changes. */
    private record Stream(SseEmitter emitter, Predicate<String> projects, long since) {
    }

    private final Set<Stream> streams = new CopyOnWriteArraySet<>();
    private final LiveProperties properties;

    ProjectUpdateStreams(LiveProperties properties) {
        this.properties = properties;
    }

    /**
     * A new stream of the updates of the projects {@code projects} accepts after position {@code since}; it opens
     * with a comment, so that the client knows it is connected, and then the updates {@code missed} names.
     */
    SseEmitter open(Predicate<String> projects, long since, Supplier<List<ProjectUpdate>> missed) {
        Stream stream = new Stream(new SseEmitter(properties.streamTimeout().toMillis()), projects, since);
        streams.add(stream);
        Runnable close = () -> streams.remove(stream);
        stream.emitter().onCompletion(close);
        stream.emitter().onTimeout(close);
        stream.emitter().onError(error -> close.run());
        send(stream, SseEmitter.event().comment("connected"));
        missed.get().forEach(update -> send(stream, update));
        return stream.emitter();
    }

    boolean followed(String projectId) {
        return streams.stream().anyMatch(stream -> stream.projects().test(projectId));
    }

    void send(List<ProjectUpdate> updates) {
        for (ProjectUpdate update : updates) {
            streams.stream().filter(stream -> stream.projects().test(update.projectId())
                            && update.position() > stream.since())
                    .forEach(stream -> send(stream, update));
        }
    }

    private void send(Stream stream, ProjectUpdate update) {
        send(stream, SseEmitter.event().name(UPDATE).id(String.valueOf(update.position()))
                .data(update, MediaType.APPLICATION_JSON));
    }

    @Scheduled(fixedDelayString = "${consortium.live.heartbeat:20s}")
    void heartbeat() {
        streams.forEach(stream -> send(stream, SseEmitter.event().comment("still here")));
    }

    /**
     * Ends every stream as soon as the server begins to shut down: a graceful shutdown waits for open requests, and
     * a stream would otherwise hold it until its timeout. Clients reconnect to another instance or later.
     */
    @EventListener(ContextClosedEvent.class)
    void closeAll() {
        streams.forEach(stream -> stream.emitter().complete());
        streams.clear();
    }

    private void send(Stream stream, SseEmitter.SseEventBuilder event) {
        try {
            stream.emitter().send(event);
        } catch (IOException | IllegalStateException gone) {
            log.debug("A stream is gone: {}", gone.getMessage());
            streams.remove(stream);
            stream.emitter().completeWithError(gone);
        }
    }
}
