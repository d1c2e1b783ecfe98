package de.consortium.projections.disbursement;

import de.consortium.domain.disbursement.DisbursementApproved;
import de.consortium.domain.disbursement.DisbursementPaid;
import de.consortium.domain.disbursement.DisbursementRejected;
import de.consortium.domain.disbursement.DisbursementRequested;
import de.consortium.domain.disbursement.DisbursementStatus;
import de.consortium.domain.partner.PartnerId;
import de.consortium.projections.support.Dates;
import de.consortium.projections.support.Euros;
import de.consortium.projections.support.SqlArguments;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;


/** Every disbursement request of a project with where it stands. Rows are keyed by request. */
@Component
@ProcessingGroup(DisbursementProjection.GROUP)
public class DisbursementProjection {

    public static final String GROUP = "disbursements";
    private static final String REQUEST = " WHERE project_id = ? AND partner_code = ? AND request_id = ?";

    private final JdbcTemplate jdbc;

    public DisbursementProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(DisbursementRequested event) {
        PartnerId id = event.partnerId();
        jdbc.update("DELETE FROM disbursement" + REQUEST, id.projectId(), id.partnerCode(), event.requestId());
        jdbc.update("INSERT INTO disbursement (project_id, partner_code, request_id, requested_on, period_start,"
                        + " period_end, payout_date, eligible_costs, grant_amount, status)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", id.projectId(), id.partnerCode(), event.requestId(),
                event.requestedOn(), event.periodStart(), event.periodEnd(), event.payoutDate(),
                event.eligibleCosts().cents(), event.grantAmount().cents(), DisbursementStatus.REQUESTED.name());
    }

    @EventHandler
    void on(DisbursementApproved event) {
        move(event.partnerId(), event.requestId(), DisbursementStatus.APPROVED, "approved_on = ?", event.approvedOn());
    }

    @EventHandler
    void on(DisbursementRejected event) {
        move(event.partnerId(), event.requestId(), DisbursementStatus.REJECTED,
                "rejected_on = ?, rejection_reason = ?", event.rejectedOn(), event.reason());
    }

    @EventHandler
    void on(DisbursementPaid event) {
        move(event.partnerId(), event.requestId(), DisbursementStatus.PAID, "paid_on = ?", event.paidOn());
    }

    @ResetHandler
    void reset() {
        jdbc.update("DELETE FROM disbursement");
    }

    @QueryHandler
    public ProjectDisbursements handle(FindDisbursements query) {
        return new ProjectDisbursements(query.projectId(), jdbc.query("SELECT * FROM disbursement"
                + " WHERE project_id = ? ORDER BY requested_on, partner_code, request_id", (rs, row) ->
                new DisbursementView(rs.getString("partner_code"), rs.getString("request_id"),
                        Dates.of(rs.getDate("requested_on")), Dates.of(rs.getDate("period_start")),
                        Dates.of(rs.getDate("period_end")), Dates.of(rs.getDate("payout_date")),
                        Euros.of(rs.getLong("eligible_costs")), Euros.of(rs.getLong("grant_amount")),
                        DisbursementStatus.valueOf(rs.getString("status")), Dates.of(rs.getDate("approved_on")),
                        Dates.of(rs.getDate("rejected_on")), rs.getString("rejection_reason"),
                        Dates.of(rs.getDate("paid_on"))), query.projectId()));
    }

    private void move(PartnerId id, String requestId, DisbursementStatus status, String assignments,
                      Object... values) {
        jdbc.update("UPDATE disbursement SET " + assignments + ", status = ?" + REQUEST,
                SqlArguments.of(values, status.name(), id.projectId(), id.partnerCode(), requestId));
    }
}
