package de.consortium.api.audit;

import org.springframework.lang.Nullable;
import com.fasterxml.jackson.databind.JsonNode;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

/**
 * One event as auditors see it: where it stands in the history, what it is, what it says, and who and what caused
 * it. {@code happenedOn} is the day the fact happened in the world, as the event says (none for events without one);
 * {@code correlationId} is the id of the message that started the chain, {@code causationId} that of the
 * message that caused this event (the command, for events of commands).
 */
public record AuditEntry(long position, String eventId, String aggregateId, long sequenceNumber, String type,
                         @Nullable String revision, Instant timestamp, @Nullable LocalDate happenedOn,
                         @Nullable String principal,
                         @Nullable String command, @Nullable String correlationId, @Nullable String causationId,
                         JsonNode payload, Map<String, Object> metaData) {
}
