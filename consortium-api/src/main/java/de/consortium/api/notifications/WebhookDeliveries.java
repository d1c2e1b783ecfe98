package de.consortium.api.notifications;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/** The delivery log in the database, which every instance shares. */
@Component
public class WebhookDeliveries {

    private static final RowMapper<WebhookDelivery> DELIVERY = (rs, row) -> new WebhookDelivery(rs.getString("id"),
            rs.getString("hook"), rs.getString("event_id"), rs.getString("event_type"), rs.getString("project_id"),
            WebhookDelivery.DeliveryStatus.valueOf(rs.getString("status")), rs.getInt("attempts"),
            rs.getObject("next_attempt_at", OffsetDateTime.class), rs.getString("last_answer"),
            rs.getObject("recorded_at", OffsetDateTime.class), rs.getObject("delivered_at", OffsetDateTime.class));

    private final JdbcTemplate jdbc;

    WebhookDeliveries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Records a delivery once: an event processed again records nothing new. */
    void record(String id, String hook, String eventId, String eventType, String projectId, String body,
                OffsetDateTime now) {
        jdbc.update("INSERT INTO webhook_delivery (id, hook, event_id, event_type, project_id, body, status, attempts,"
                        + " next_attempt_at, recorded_at) SELECT ?, ?, ?, ?, ?, ?, 'PENDING', 0, ?, ? WHERE NOT EXISTS"
                        + " (SELECT 1 FROM webhook_delivery WHERE id = ?)", id, hook, eventId, eventType, projectId,
                body, now, now, id);
    }

    List<Due> due(OffsetDateTime now, int limit) {
        return jdbc.query("SELECT id, hook, body, attempts FROM webhook_delivery WHERE status = 'PENDING'"
                        + " AND next_attempt_at <= ? ORDER BY next_attempt_at LIMIT ?",
                (rs, row) -> new Due(rs.getString("id"), rs.getString("hook"), rs.getString("body"),
                        rs.getInt("attempts")), now, limit);
    }

    /** Takes the next attempt of a due delivery; only one instance gets it. */
    boolean claim(Due due, OffsetDateTime retryAt) {
        return jdbc.update("UPDATE webhook_delivery SET attempts = attempts + 1, next_attempt_at = ? WHERE id = ?"
                + " AND status = 'PENDING' AND attempts = ?", retryAt, due.id(), due.attempts()) == 1;
    }

    void delivered(String id, String answer, OffsetDateTime now) {
        jdbc.update("UPDATE webhook_delivery SET status = 'DELIVERED', last_answer = ?, delivered_at = ? WHERE id = ?",
                answer, now, id);
    }

    void attemptFailed(String id, String answer, boolean giveUp) {
        jdbc.update("UPDATE webhook_delivery SET status = ?, last_answer = ? WHERE id = ?",
                giveUp ? "FAILED" : "PENDING", answer, id);
    }

    public List<WebhookDelivery> latest(int limit) {
        return jdbc.query("SELECT * FROM webhook_delivery ORDER BY recorded_at DESC, id LIMIT ?", DELIVERY, limit);
    }

    public Optional<WebhookDelivery> find(String id) {
        return jdbc.query("SELECT * FROM webhook_delivery WHERE id = ?", DELIVERY, id).stream().findFirst();
    }

    /** Sends a delivery again from the first attempt, whatever became of it. */
    public Optional<WebhookDelivery> replay(String id, OffsetDateTime now) {
        jdbc.update("UPDATE webhook_delivery SET status = 'PENDING', attempts = 0, next_attempt_at = ?,"
                + " delivered_at = NULL WHERE id = ?", now, id);
        return find(id);
    }

    /** A delivery due to be sent, as the sender needs it. */
    record Due(String id, String hook, String body, int attempts) {
    }
}
