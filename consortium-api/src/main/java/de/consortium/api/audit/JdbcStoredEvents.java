package de.consortium.api.audit;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;

import java.util.List;

/**
 * The JDBC event store's table read directly, so that the chain covers the bytes that are stored. Its positions come
 * from an identity column: they start at 1, and an append that rolled back leaves a gap.
 */
final class JdbcStoredEvents implements StoredEvents {

    private static final String COLUMNS = "e.globalindex, e.eventidentifier, e.aggregateidentifier,"
            + " e.sequencenumber, e.payloadtype, e.payloadrevision, e.timestamp, e.payload, e.metadata";
    private static final RowMapper<StoredEvent> EVENT = (rs, row) -> new StoredEvent(rs.getLong(1),
            rs.getString(2), rs.getString(3), rs.getLong(4), rs.getString(5), rs.getString(6), rs.getString(7),
            rs.getBytes(8), rs.getBytes(9));

    private final JdbcTemplate jdbc;

    JdbcStoredEvents(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public long firstPosition() {
        return 1;
    }

    @Override
    public List<StoredEvent> after(long position, int limit) {
        return jdbc.query("SELECT " + COLUMNS + " FROM domainevententry e WHERE e.globalindex > ?"
                + " ORDER BY e.globalindex LIMIT ?", EVENT, position, limit);
    }

    @Override
    public List<StoredEvent> passedOver(long frontier) {
        // driven by the few gaps the chain remembers, each a range of the primary key
        return jdbc.query("SELECT " + COLUMNS + " FROM audit_chain_gap g JOIN domainevententry e"
                + " ON e.globalindex BETWEEN g.first_position AND LEAST(g.last_position, ?)"
                + " WHERE NOT EXISTS (SELECT 1 FROM event_hash h WHERE h.position = e.globalindex)"
                + " ORDER BY e.globalindex", EVENT, frontier);
    }
}
