package de.consortium.api.processing;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.deadletter.SequencedDeadLetterProcessor;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.lang.Nullable;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.List;

/**
 * Events a read model could not process, parked per sequence in the dead-letter queue (as every instance sees them),
 * and trying them again: the letter's sequence is processed anew, and leaves the queue if it succeeds.
 */
@Component
public class DeadLetters {

    /** One parked event: where, which, since when, and why it failed. */
    public record DeadLetter(String processingGroup, String sequence, long index, String eventId, String eventType,
                             @Nullable String aggregateId, @Nullable Long sequenceNumber, Instant enqueuedAt,
                             @Nullable String cause) {
    }

    private final JdbcTemplate jdbc;
    private final EventProcessingConfiguration processing;

    DeadLetters(JdbcTemplate jdbc, EventProcessingConfiguration processing) {
        this.jdbc = jdbc;
        this.processing = processing;
    }

    public List<DeadLetter> all() {
        return jdbc.query("SELECT processinggroup, sequenceidentifier, sequenceindex, eventidentifier, payloadtype,"
                + " aggregateidentifier, sequencenumber, enqueuedat, causemessage FROM deadletterentry"
                + " ORDER BY processinggroup, sequenceidentifier, sequenceindex", (rs, row) -> new DeadLetter(
                rs.getString(1), rs.getString(2), rs.getLong(3), rs.getString(4),
                rs.getString(5).substring(rs.getString(5).lastIndexOf('.') + 1), rs.getString(6),
                (Long) rs.getObject(7), Instant.parse(rs.getString(8)), rs.getString(9)));
    }

    /**
     * Processes the sequence that holds the event again; returns whether it went through. A group that has no
     * queue on this instance, or an event no longer parked, goes through as nothing.
     */
    public boolean retry(String processingGroup, String eventId) {
        return processing.sequencedDeadLetterProcessor(processingGroup)
                .map(processor -> retry(processor, eventId)).orElse(false);
    }

    private static boolean retry(SequencedDeadLetterProcessor<EventMessage<?>> processor, String eventId) {
        return processor.process(letter -> letter.message().getIdentifier().equals(eventId));
    }
}
