package de.consortium.api.observability;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;

/**
 * The money of the programme as gauges per project and partner, read from the budget and disbursement read models
 * at an interval (never per scrape, and never tagged with anything unbounded such as request ids):
 * {@code consortium.grant.euros{kind=granted|requested|approved|paid}} and {@code consortium.disbursements.open}.
 */
@Component
class BusinessMetrics {

    private final JdbcTemplate jdbc;
    private final MultiGauge grant;
    private final MultiGauge openDisbursements;

    BusinessMetrics(JdbcTemplate jdbc, MeterRegistry registry) {
        this.jdbc = jdbc;
        this.grant = MultiGauge.builder("consortium.grant.euros")
                .description("Grant per partner in euros: granted, requested (not rejected), approved, paid")
                .baseUnit("euros").register(registry);
        this.openDisbursements = MultiGauge.builder("consortium.disbursements.open")
                .description("Disbursement requests not yet paid or rejected, per partner").register(registry);
    }

    @Scheduled(fixedDelayString = "${consortium.metrics.business-interval:15s}", initialDelay = 0)
    void refresh() {
        List<MultiGauge.Row<?>> grantRows = new ArrayList<>();
        jdbc.query("SELECT p.project_id, p.partner_code, p.granted,"
                + " COALESCE(SUM(CASE WHEN r.status <> 'REJECTED' THEN r.grant_amount END), 0) AS requested,"
                + " COALESCE(SUM(CASE WHEN r.status IN ('APPROVED', 'PAID') THEN r.grant_amount END), 0) AS approved,"
                + " COALESCE(SUM(CASE WHEN r.status = 'PAID' THEN r.grant_amount END), 0) AS paid"
                + " FROM budget_partner p LEFT JOIN budget_request r ON r.project_id = p.project_id"
                + " AND r.partner_code = p.partner_code GROUP BY p.project_id, p.partner_code, p.granted", rs -> {
            Tags partner = Tags.of("project", rs.getString(1), "partner", rs.getString(2));
            for (String kind : new String[]{"granted", "requested", "approved", "paid"}) {
                grantRows.add(MultiGauge.Row.of(partner.and("kind", kind), rs.getLong(kind) / 100.0));
            }
        });
        grant.register(grantRows, true);
        List<MultiGauge.Row<?>> openRows = new ArrayList<>();
        jdbc.query("SELECT project_id, partner_code, COUNT(*) FROM disbursement WHERE status IN ('REQUESTED',"
                + " 'APPROVED') GROUP BY project_id, partner_code", rs -> {
            openRows.add(MultiGauge.Row.of(Tags.of("project", rs.getString(1), "partner", rs.getString(2)),
                    rs.getLong(3)));
        });
        openDisbursements.register(openRows, true);
    }
}
