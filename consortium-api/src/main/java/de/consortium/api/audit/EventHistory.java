package de.consortium.api.audit;

import de.consortium.domain.rules.HappenedOn;
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
import java.time.LocalDate;
import java.util.ArrayList;
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
    /** A page reads at most this many events. */
    public static final int MAX_SCAN = 10_000;
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
    /**
     * One page of the events that pass {@code filter}, from {@code fromPosition} on: at most {@code limit} of them,
     * and at most {@link #MAX_SCAN} events read for it, so that a rare filter does not read the whole history at
     * once.
     */
    public HistoryPage page(long fromPosition, int limit, AuditFilter filter) {
        List<AuditEntry> events = new ArrayList<>();
        long[] lastRead = {fromPosition - 1};
        int[] read = {0};
        boolean[] more = {false};
        read(fromPosition, entry -> {
            lastRead[0] = entry.position();
            read[0]++;
            if (filter.matches(entry)) {
                events.add(entry);
            }
            more[0] = events.size() == limit || read[0] == MAX_SCAN;
            return !more[0];
        });
        return new HistoryPage(events, lastRead[0], more[0]);
    }

    /** A page of the history: the events, the position read up to, and whether the history may go on. */
    public record HistoryPage(List<AuditEntry> events, long scannedTo, boolean more) {
    }

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
        JsonNode payload = read(event.payload(), new TypeReference<JsonNode>() {
        });
        return new AuditEntry(event.position(), event.eventId(), event.aggregateId(), event.sequenceNumber(), type,
                event.payloadRevision(), Instant.parse(event.timestamp()), happenedOn(event.payloadType(), payload),
                text(metaData, ActingPrincipal.PRINCIPAL),
                text(metaData, CommandOrigin.COMMAND),
                // Axon's trace id names the message that started the chain, its correlation id the direct cause
                text(metaData, MessageOriginProvider.getDefaultTraceKey()),
                text(metaData, MessageOriginProvider.getDefaultCorrelationKey()),
                euros.convert(event.payloadType(), payload), metaData);
    }

    /** The day the event says its fact happened, if it is of a kind that says so and of the current layout. */
    private LocalDate happenedOn(String payloadType, JsonNode payload) {
        try {
            Class<?> type = Class.forName(payloadType, false, getClass().getClassLoader());
            return HappenedOn.class.isAssignableFrom(type)
                    ? ((HappenedOn) mapper.treeToValue(payload, type)).happenedOn() : null;
        } catch (ClassNotFoundException | IOException | IllegalArgumentException e) {
            return null;
        }
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
