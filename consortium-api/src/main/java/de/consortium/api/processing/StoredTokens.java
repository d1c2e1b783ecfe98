package de.consortium.api.processing;

import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.lang.Nullable;
import org.springframework.stereotype.Component;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;

/**
 * The shared token store's rows as every instance sees them: per processor and segment who holds it, since when,
 * and how far it has read. Read directly, so that reading claims nothing.
 */
@Component
public class StoredTokens {

    /** One segment's row; {@code token} is null before the segment has read anything. */
    public record StoredToken(String processor, int segment, @Nullable String owner, @Nullable Instant claimedAt,
                              @Nullable TrackingToken token) {

        /** The position read up to, or -1 while none. */
        public long position() {
            return token == null ? -1 : token.position().orElse(-1);
        }
    }

    private static final String SELECT = "SELECT processorname, segment, owner, timestamp, token, tokentype"
            + " FROM tokenentry";

    private final JdbcTemplate jdbc;
    private final Serializer serializer;

    StoredTokens(JdbcTemplate jdbc, Serializer serializer) {
        this.jdbc = jdbc;
        this.serializer = serializer;
    }

    public List<StoredToken> all() {
        return jdbc.query(SELECT + " ORDER BY processorname, segment", (rs, row) -> token(rs));
    }

    public List<StoredToken> of(String processor) {
        return jdbc.query(SELECT + " WHERE processorname = ? ORDER BY segment", (rs, row) -> token(rs), processor);
    }

    private StoredToken token(ResultSet rs) throws SQLException {
        byte[] data = rs.getBytes("token");
        TrackingToken token = data == null ? null : serializer.deserialize(
                new SimpleSerializedObject<>(data, byte[].class, rs.getString("tokentype"), null));
        String timestamp = rs.getString("timestamp");
        return new StoredToken(rs.getString("processorname"), rs.getInt("segment"), rs.getString("owner"),
                timestamp == null ? null : Instant.parse(timestamp), token);
    }
}
