package de.consortium.api.audit;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;

import java.util.ArrayList;
import java.util.Collections;
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
    public List<StoredEvent> passedOver(List<ChainStore.Gap> gaps, long frontier) {
        // each gap a range of the primary key, so that the cost follows the few gaps, not the length of the history
        List<Object> bounds = new ArrayList<>();
        for (ChainStore.Gap gap : gaps) {
            if (gap.first() <= frontier) {
                bounds.add(gap.first());
                bounds.add(Math.min(gap.last(), frontier));
            }
        }
        if (bounds.isEmpty()) {
            return List.of();
        }
        String ranges = String.join(" OR ", Collections.nCopies(bounds.size() / 2, "e.globalindex BETWEEN ? AND ?"));
        return jdbc.query("SELECT " + COLUMNS + " FROM domainevententry e WHERE (" + ranges + ")"
                + " AND NOT EXISTS (SELECT 1 FROM event_hash h WHERE h.position = e.globalindex)"
                + " ORDER BY e.globalindex", EVENT, bounds.toArray());
    }
}
