package bench.axon;

import bench.axon.Messages.DisbursementPaid;
import bench.axon.Messages.DisbursementRequested;
import bench.axon.Messages.Joined;
import bench.axon.Messages.ResolutionPassed;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The one read model: per partner, resolutions passed, the amount requested and the payments made. */
@Component
@ProcessingGroup("summary")
class PartnerSummaryProjection {

    private final JdbcTemplate jdbc;

    PartnerSummaryProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(Joined event) {
        jdbc.update("INSERT INTO partner_summary (id, resolutions, requested_cents, payments) VALUES (?, 0, 0, 0)", event.id());
    }

    @EventHandler
    void on(ResolutionPassed event) {
        jdbc.update("UPDATE partner_summary SET resolutions = resolutions + 1 WHERE id = ?", event.id());
    }

    @EventHandler
    void on(DisbursementRequested event) {
        jdbc.update("UPDATE partner_summary SET requested_cents = requested_cents + ? WHERE id = ?",
                event.request().cents(), event.id());
    }

    @EventHandler
    void on(DisbursementPaid event) {
        jdbc.update("UPDATE partner_summary SET payments = payments + 1 WHERE id = ?", event.id());
    }
}
