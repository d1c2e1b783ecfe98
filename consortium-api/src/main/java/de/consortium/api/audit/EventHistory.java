package de.consortium.api.audit;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.consortium.api.messaging.CommandOrigin;
import de.consortium.domain.rules.ActingPrincipal;
import org.axonframework.messaging.correlation.MessageOriginProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * The whole event history in the store's global order, as stored: read from the same stored history the hash chain
 * covers, so that auditors see each event's own position and its payload and meta-data as the store holds them,
 * alike from the JDBC event store and from Axon Server, only with amounts in euros like the rest of the API. Read
 * page by page; nothing is held beyond a page.
 */
@Component
public class EventHistory {

    private static final int PAGE = 500;
    private static final TypeReference<TreeMap<String, Object>> META_DATA = new TypeReference<>() {
    };

    private final StoredEvents stored;
    private final ObjectMapper mapper;
    private final PayloadInEuros euros = new PayloadInEuros();

    /** @param mapper the store's own mapper: what it wrote, it reads */
    EventHistory(StoredEvents stored, @Qualifier("defaultAxonObjectMapper") ObjectMapper mapper) {
        this.stored = stored;
        this.mapper = mapper;
    }

    /**
     * Hands the events from {@code fromPosition} on to {@code consumer} in order, until it returns {@code false} or
     * the history ends.
     */
    public void read(long fromPosition, Predicate<AuditEntry> consumer) {
        long after = fromPosition - 1;
        List<StoredEvent> page;
        do {
            page = stored.after(after, PAGE);
            for (StoredEvent event : page) {
                if (!consumer.test(entry(event))) {
                    return;
                }
                after = event.position();
            }
        } while (page.size() == PAGE);
    }

    private AuditEntry entry(StoredEvent event) {
        Map<String, Object> metaData = event.metaData() == null ? new TreeMap<>() : read(event.metaData(), META_DATA);
        String type = event.payloadType().substring(event.payloadType().lastIndexOf('.') + 1);
        return new AuditEntry(event.position(), event.eventId(), event.aggregateId(), event.sequenceNumber(), type,
                event.payloadRevision(), Instant.parse(event.timestamp()), text(metaData, ActingPrincipal.PRINCIPAL),
                text(metaData, CommandOrigin.COMMAND),
                // Axon's trace id names the message that started the chain, its correlation id the direct cause
                text(metaData, MessageOriginProvider.getDefaultTraceKey()),
                text(metaData, MessageOriginProvider.getDefaultCorrelationKey()),
                euros.convert(event.payloadType(), read(event.payload(), new TypeReference<JsonNode>() {
                })), metaData);
    }

    private <T> T read(byte[] json, TypeReference<T> type) {
        try {
            return mapper.readValue(json, type);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String text(Map<String, Object> metaData, String key) {
        Object value = metaData.get(key);
        return value == null ? null : value.toString();
    }
}
