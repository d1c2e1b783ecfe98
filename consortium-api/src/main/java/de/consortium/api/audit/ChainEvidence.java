package de.consortium.api.audit;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.function.Predicate;

/**
 * What an auditor needs to check the history offline against the hash chain that was verified: every link of the
 * chain up to its verified head, and the stored events (exactly as stored) with the links that cover them, each as
 * one JSON line. How to recompute them is in the dossier's own LIESMICH.txt (resources/dossier).
 */
@Component
public class ChainEvidence {

    private static final int PAGE = 1000;

    private final StoredEvents stored;
    private final ChainStore store;
    private final ObjectMapper json = new ObjectMapper();

    ChainEvidence(StoredEvents stored, ChainStore store) {
        this.stored = stored;
        this.store = store;
    }

    /** Every link from the first up to the verified head, in chain order. */
    public void writeChain(ChainVerification verified, Writer out) throws IOException {
        for (ChainStore.Link link : Paged.items(from -> store.linksByChainIndex(from, verified.chainLength(), PAGE),
                link -> link.chainIndex() + 1, 0)) {
            ObjectNode line = json.createObjectNode().put("chainIndex", link.chainIndex())
                    .put("position", link.position()).put("eventId", link.eventId())
                    .put("contentHash", link.contentHash()).put("chainHash", link.chainHash());
            out.write(json.writeValueAsString(line) + "\n");
        }
    }

    /** The stored events the verified chain covers whose aggregate id is accepted; answers how many. */
    public long writeEvents(ChainVerification verified, Predicate<String> aggregateIds, Writer out)
            throws IOException {
        Iterator<ChainStore.Link> links = Paged.items(after -> store.linksByPosition(after,
                verified.coveredPosition(), PAGE), ChainStore.Link::position, Long.MIN_VALUE).iterator();
        ChainStore.Link link = links.hasNext() ? links.next() : null;
        long written = 0;
        for (StoredEvent event : Paged.items(after -> stored.after(after, PAGE), StoredEvent::position,
                Long.MIN_VALUE)) {
            while (link != null && link.position() < event.position()) {
                link = links.hasNext() ? links.next() : null;
            }
            if (link == null) {
                break;
            }
            if (link.position() == event.position() && link.chainIndex() < verified.chainLength()
                    && aggregateIds.test(event.aggregateId())) {
                out.write(json.writeValueAsString(line(event, link)) + "\n");
                written++;
            }
        }
        return written;
    }

    private ObjectNode line(StoredEvent event, ChainStore.Link link) {
        return json.createObjectNode().put("position", event.position()).put("eventId", event.eventId())
                .put("aggregateId", event.aggregateId()).put("sequenceNumber", event.sequenceNumber())
                .put("payloadType", event.payloadType()).put("payloadRevision", event.payloadRevision())
                .put("timestamp", event.timestamp())
                .put("payload", new String(event.payload(), StandardCharsets.UTF_8))
                .put("metaData", event.metaData() == null ? null : new String(event.metaData(), StandardCharsets.UTF_8))
                .put("contentHash", link.contentHash()).put("chainIndex", link.chainIndex())
                .put("chainHash", link.chainHash());
    }
}
