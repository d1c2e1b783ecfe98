package de.consortium.api.audit;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * The hash chain's tables: its links ({@code event_hash}), its head (how far it reaches, how long it is, its latest
 * chain hash) and the gaps in the history it has seen (positions whose append had not committed).
 */
@Component
class ChainStore {

    /** Every position up to {@code frontier} is linked or was passed as a gap; {@code length} links so far. */
    record Head(long frontier, long length, String chainHash) {
    }

    record Link(long position, long chainIndex, String eventId, String contentHash, String chainHash) {
    }

    /** Positions first..last were missing between two stored events when the chain first looked. */
    record Gap(long first, long last, OffsetDateTime seenAt) {

        boolean contains(long position) {
            return first <= position && position <= last;
        }
    }

    private static final RowMapper<Head> HEAD = (rs, row) -> new Head(rs.getLong(1), rs.getLong(2), rs.getString(3));
    private static final RowMapper<Link> LINK = (rs, row) -> new Link(rs.getLong(1), rs.getLong(2), rs.getString(3),
            rs.getString(4), rs.getString(5));
    private static final String LINK_COLUMNS = "position, chain_index, event_identifier, content_hash, chain_hash";

    private final JdbcTemplate jdbc;

    ChainStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The head, locked until the transaction ends: one linker at a time, on any node. */
    Head lockHead() {
        return jdbc.queryForObject("SELECT frontier, length, chain_hash FROM audit_chain_head WHERE id = 1"
                + " FOR UPDATE", HEAD);
    }

    Head head() {
        return jdbc.queryForObject("SELECT frontier, length, chain_hash FROM audit_chain_head WHERE id = 1", HEAD);
    }

    /** The database's clock, which every node shares, for the age of gaps. */
    OffsetDateTime databaseNow() {
        return jdbc.queryForObject("SELECT CURRENT_TIMESTAMP", OffsetDateTime.class);
    }

    void extend(List<Link> links, Head head) {
        jdbc.batchUpdate("INSERT INTO event_hash (" + LINK_COLUMNS + ") VALUES (?, ?, ?, ?, ?)", links, links.size(),
                (statement, link) -> {
                    statement.setLong(1, link.position());
                    statement.setLong(2, link.chainIndex());
                    statement.setString(3, link.eventId());
                    statement.setString(4, link.contentHash());
                    statement.setString(5, link.chainHash());
                });
        jdbc.update("UPDATE audit_chain_head SET frontier = ?, length = ?, chain_hash = ? WHERE id = 1",
                head.frontier(), head.length(), head.chainHash());
    }

    List<Link> linksByChainIndex(long fromIndex, long beforeIndex, int limit) {
        return jdbc.query("SELECT " + LINK_COLUMNS + " FROM event_hash WHERE chain_index >= ? AND chain_index < ?"
                + " ORDER BY chain_index LIMIT ?", LINK, fromIndex, beforeIndex, limit);
    }

    List<Link> linksByPosition(long afterPosition, long upToPosition, int limit) {
        return jdbc.query("SELECT " + LINK_COLUMNS + " FROM event_hash WHERE position > ? AND position <= ?"
                + " ORDER BY position LIMIT ?", LINK, afterPosition, upToPosition, limit);
    }

    List<Gap> gaps() {
        return jdbc.query("SELECT first_position, last_position, seen_at FROM audit_chain_gap ORDER BY first_position",
                (rs, row) -> new Gap(rs.getLong(1), rs.getLong(2), rs.getObject(3, OffsetDateTime.class)));
    }

    void remember(Gap gap) {
        jdbc.update("INSERT INTO audit_chain_gap (first_position, last_position, seen_at) VALUES (?, ?, ?)",
                gap.first(), gap.last(), gap.seenAt());
    }

    /**
     * Gaps behind the frontier whose every position is linked now (appends that merely committed late, the usual
     * case under concurrent commands): nothing more can arrive there, and a gap kept would cost every batch a look.
     */
    void forgetFilledGaps(long frontier) {
        jdbc.update("DELETE FROM audit_chain_gap WHERE last_position <= ? AND last_position - first_position + 1 ="
                + " (SELECT COUNT(*) FROM event_hash h WHERE h.position BETWEEN first_position AND last_position)",
                frontier);
    }

    /** Gaps passed long ago: an event stored there now came too late to be an append that was merely slow. */
    void forgetGapsSeenBefore(OffsetDateTime instant, long frontier) {
        jdbc.update("DELETE FROM audit_chain_gap WHERE seen_at < ? AND last_position <= ?", instant, frontier);
    }
}
