package de.consortium.api.audit;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * Builds the hash chain over the event history as events arrive, in one segment so that links follow one order:
 * each link hashes the event's content and the previous link. There is deliberately no reset handler and no dead
 * letter queue: the chain is never rebuilt from the (possibly altered) history, and it stops rather than skips.
 */
@Component
@ProcessingGroup(HashChain.GROUP)
class HashChain {

    static final String GROUP = "audit-chain";
    static final String GENESIS = "0".repeat(64);

    private final JdbcTemplate jdbc;
    private final EventFingerprint fingerprint;

    HashChain(JdbcTemplate jdbc, EventFingerprint fingerprint) {
        this.jdbc = jdbc;
        this.fingerprint = fingerprint;
    }

    @EventHandler
    void on(Object payload, EventMessage<?> event, TrackingToken token) {
        long position = token.position().orElseThrow();
        Integer linked = jdbc.queryForObject("SELECT COUNT(*) FROM event_hash WHERE position = ?", Integer.class,
                position);
        if (linked != null && linked > 0) {
            return;
        }
        List<Object[]> last = jdbc.query("SELECT chain_index, chain_hash FROM event_hash ORDER BY chain_index DESC"
                + " LIMIT 1", (rs, row) -> new Object[]{rs.getLong(1), rs.getString(2)});
        long index = last.isEmpty() ? 0 : (long) last.get(0)[0] + 1;
        String previous = last.isEmpty() ? GENESIS : (String) last.get(0)[1];
        String content = fingerprint.contentHash(position, event);
        jdbc.update("INSERT INTO event_hash (position, chain_index, event_identifier, content_hash, chain_hash)"
                + " VALUES (?, ?, ?, ?, ?)", position, index, event.getIdentifier(), content,
                EventFingerprint.chainHash(previous, content));
    }
}
