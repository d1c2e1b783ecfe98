package de.consortium.api.cluster;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** The live instances sharing one database, each announcing itself by a heartbeat. */
@Component
public class ClusterNodes {

    private final JdbcTemplate jdbc;
    private final ClusterProperties properties;
    private final Clock clock;

    public ClusterNodes(JdbcTemplate jdbc, ClusterProperties properties, Clock clock) {
        this.jdbc = jdbc;
        this.properties = properties;
        this.clock = clock;
    }

    public void heartbeat() {
        OffsetDateTime now = OffsetDateTime.now(clock.withZone(ZoneOffset.UTC));
        if (jdbc.update("UPDATE consortium_node SET heartbeat_at = ? WHERE node_id = ?", now,
                properties.nodeId()) == 0) {
            jdbc.update("INSERT INTO consortium_node (node_id, heartbeat_at) VALUES (?, ?)", properties.nodeId(), now);
        }
    }

    int live() {
        OffsetDateTime since = OffsetDateTime.now(clock.withZone(ZoneOffset.UTC)).minus(properties.liveness());
        Integer live = jdbc.queryForObject("SELECT COUNT(*) FROM consortium_node WHERE heartbeat_at > ?",
                Integer.class, since);
        return Math.max(1, live == null ? 0 : live);
    }

    /** Whether the node of that name has announced itself recently. */
    public boolean isLive(String nodeId) {
        OffsetDateTime since = OffsetDateTime.now(clock.withZone(ZoneOffset.UTC)).minus(properties.liveness());
        Integer live = jdbc.queryForObject("SELECT COUNT(*) FROM consortium_node WHERE node_id = ?"
                + " AND heartbeat_at > ?", Integer.class, nodeId, since);
        return live != null && live > 0;
    }

    void leave() {
        jdbc.update("DELETE FROM consortium_node WHERE node_id = ?", properties.nodeId());
    }
}
