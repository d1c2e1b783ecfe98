package de.consortium.api.audit;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.axonframework.messaging.MetaData;
import org.axonframework.serialization.json.JacksonSerializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The history of a store read through Axon's streaming API, as from Axon Server: global sequence positions from 0,
 * no gaps. Paging from any position gives the events from there, and the audit history reads alike from it.
 */
class StreamedStoredEventsTest {

    /** An event payload of this test. */
    public record Noted(String text) {
    }

    private final JacksonSerializer serializer = JacksonSerializer.defaultSerializer();
    private EmbeddedEventStore eventStore;
    private StreamedStoredEvents stored;

    @BeforeEach
    void fiveEvents() {
        eventStore = EmbeddedEventStore.builder().storageEngine(new InMemoryEventStorageEngine()).build();
        for (int i = 0; i < 5; i++) {
            eventStore.publish(new GenericDomainEventMessage<>("Noted", "SC20-X/LHM", i, new Noted("note " + i),
                    MetaData.with("principal", "lhm")));
        }
        stored = new StreamedStoredEvents(eventStore, serializer);
    }

    @AfterEach
    void shutDown() {
        eventStore.shutDown();
    }

    @Test
    void pagesStartAfterTheGivenPositionAndCarryTheSerializedEvent() {
        assertThat(stored.firstPosition()).isZero();
        assertThat(stored.after(-1, 3)).extracting(StoredEvent::position).containsExactly(0L, 1L, 2L);
        List<StoredEvent> rest = stored.after(2, 10);
        assertThat(rest).extracting(StoredEvent::position).containsExactly(3L, 4L);
        StoredEvent last = rest.get(1);
        assertThat(last.aggregateId()).isEqualTo("SC20-X/LHM");
        assertThat(last.sequenceNumber()).isEqualTo(4);
        assertThat(last.payloadType()).isEqualTo(Noted.class.getName());
        assertThat(new String(last.payload(), StandardCharsets.UTF_8)).isEqualTo("{\"text\":\"note 4\"}");
        assertThat(new String(last.metaData(), StandardCharsets.UTF_8)).contains("\"principal\":\"lhm\"");
        assertThat(stored.passedOver(List.of(new ChainStore.Gap(1, 3, OffsetDateTime.now())), 4)).isEmpty();
    }

    @Test
    void theAuditHistoryPagesFromAnyPosition() {
        EventHistory history = new EventHistory(stored, new ObjectMapper());
        List<AuditEntry> read = new ArrayList<>();
        history.read(3, read::add);
        assertThat(read).extracting(AuditEntry::position).containsExactly(3L, 4L);
        assertThat(read.get(0).principal()).isEqualTo("lhm");
        assertThat(read.get(0).type()).isEqualTo("StreamedStoredEventsTest$Noted");
        assertThat(read.get(0).payload().path("text").asText()).isEqualTo("note 3");
        assertThat(read.get(0).metaData()).containsAllEntriesOf(Map.of("principal", "lhm"));
    }
}
