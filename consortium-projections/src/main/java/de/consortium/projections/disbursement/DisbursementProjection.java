package de.consortium.projections.disbursement;

import de.consortium.domain.costplan.Phase;
import de.consortium.domain.disbursement.DisbursementApproved;
import de.consortium.domain.disbursement.DisbursementPaid;
import de.consortium.domain.disbursement.DisbursementRejected;
import de.consortium.domain.disbursement.DisbursementRequested;
import de.consortium.domain.disbursement.DisbursementStatus;
import de.consortium.domain.project.PartnerId;
import de.consortium.domain.proofofuse.ProofDocument;
import de.consortium.domain.proofofuse.ProofOfUseAccepted;
import de.consortium.domain.proofofuse.ProofOfUseObjected;
import de.consortium.domain.proofofuse.ProofOfUseStatus;
import de.consortium.domain.proofofuse.ProofOfUseSubmitted;
import de.consortium.domain.repayment.RepaymentClaimed;
import de.consortium.projections.support.Dates;
import de.consortium.projections.support.ReadModelWrites;
import de.consortium.projections.support.RowMerge;
import de.consortium.projections.support.Euros;
import de.consortium.projections.support.SqlArguments;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;


/**
 * Every disbursement request of a project with where it stands, the proofs of use and the repayment claims. Rows
 * are keyed by request, proof and claim.
 */
@Component
@ProcessingGroup(DisbursementProjection.GROUP)
public class DisbursementProjection {

    public static final String GROUP = "disbursements";
    private static final String REQUEST = " WHERE project_id = ? AND partner_code = ? AND request_id = ?";
    private static final String PROOF = " WHERE project_id = ? AND partner_code = ? AND proof_id = ?";
    /** A request recorded again is as requested: no decision, no payment. */
    private final String setRequest = RowMerge.into("disbursement", 3,
            List.of("approved_on", "approved_by", "rejected_on", "rejection_reason", "paid_on", "paid_by"),
            "project_id VARCHAR", "partner_code VARCHAR", "request_id VARCHAR", "phase VARCHAR",
            "final_installment BOOLEAN", "requested_on DATE", "period_start DATE", "period_end DATE",
            "payout_date DATE", "eligible_costs BIGINT", "grant_amount BIGINT", "status VARCHAR");

    private final JdbcTemplate jdbc;
    private final ReadModelWrites writes;

    public DisbursementProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.writes = new ReadModelWrites(jdbc);
    }

    @EventHandler
    void on(DisbursementRequested event) {
        PartnerId id = event.partnerId();
        writes.update(setRequest, id.projectId(), id.partnerCode(), event.requestId(), event.phase().name(),
                event.finalInstallment(), event.requestedOn(), event.periodStart(), event.periodEnd(),
                event.payoutDate(), event.eligibleCosts().cents(), event.grantAmount().cents(),
                DisbursementStatus.REQUESTED.name());
    }

    @EventHandler
    void on(DisbursementApproved event) {
        move(event.partnerId(), event.requestId(), DisbursementStatus.APPROVED, "approved_on = ?, approved_by = ?",
                event.approvedOn(), event.approvedBy());
    }

    @EventHandler
    void on(DisbursementRejected event) {
        move(event.partnerId(), event.requestId(), DisbursementStatus.REJECTED,
                "rejected_on = ?, rejection_reason = ?", event.rejectedOn(), event.reason());
    }

    @EventHandler
    void on(DisbursementPaid event) {
        move(event.partnerId(), event.requestId(), DisbursementStatus.PAID, "paid_on = ?, paid_by = ?", event.paidOn(),
                event.paidBy());
    }

    @EventHandler
    void on(ProofOfUseSubmitted event) {
        PartnerId id = event.partnerId();
        writes.update("DELETE FROM proof_of_use" + PROOF, id.projectId(), id.partnerCode(), event.proofId());
        writes.update("INSERT INTO proof_of_use (project_id, partner_code, proof_id, phase, submitted_on, documents,"
                        + " status) VALUES (?, ?, ?, ?, ?, ?, ?)", id.projectId(), id.partnerCode(),
                event.proofId(), event.phase().name(), event.submittedOn(), event.documents().stream()
                        .map(Enum::name).sorted().collect(Collectors.joining(",")), ProofOfUseStatus.SUBMITTED.name());
    }

    @EventHandler
    void on(ProofOfUseAccepted event) {
        PartnerId id = event.partnerId();
        writes.update("UPDATE proof_of_use SET status = ?, decided_on = ?" + PROOF, ProofOfUseStatus.ACCEPTED.name(),
                event.acceptedOn(), id.projectId(), id.partnerCode(), event.proofId());
    }

    @EventHandler
    void on(ProofOfUseObjected event) {
        PartnerId id = event.partnerId();
        writes.update("UPDATE proof_of_use SET status = ?, decided_on = ?, objections = ?" + PROOF,
                ProofOfUseStatus.OBJECTED.name(), event.objectedOn(), event.objections(), id.projectId(),
                id.partnerCode(), event.proofId());
    }

    @EventHandler
    void on(RepaymentClaimed event) {
        PartnerId id = event.partnerId();
        writes.update("DELETE FROM repayment_claim WHERE project_id = ? AND partner_code = ? AND claim_id = ?",
                id.projectId(), id.partnerCode(), event.claimId());
        writes.update("INSERT INTO repayment_claim (project_id, partner_code, claim_id, request_id, claimed_on,"
                        + " principal, interest, reason) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", id.projectId(),
                id.partnerCode(), event.claimId(), event.requestId(), event.claimedOn(), event.principal().cents(),
                event.interest().cents(), event.reason());
    }

    @ResetHandler
    void reset() {
        for (String table : List.of("repayment_claim", "proof_of_use", "disbursement")) {
            writes.update("DELETE FROM " + table);
        }
    }

    @QueryHandler
    public ProjectDisbursements handle(FindDisbursements query) {
        String projectId = query.projectId();
        List<DisbursementView> disbursements = jdbc.query("SELECT * FROM disbursement WHERE project_id = ?"
                + " ORDER BY requested_on, partner_code, request_id", (rs, row) -> new DisbursementView(
                rs.getString("partner_code"), rs.getString("request_id"), Phase.valueOf(rs.getString("phase")),
                rs.getBoolean("final_installment"), Dates.of(rs.getDate("requested_on")),
                Dates.of(rs.getDate("period_start")), Dates.of(rs.getDate("period_end")),
                Dates.of(rs.getDate("payout_date")), Euros.of(rs.getLong("eligible_costs")),
                Euros.of(rs.getLong("grant_amount")), DisbursementStatus.valueOf(rs.getString("status")),
                Dates.of(rs.getDate("approved_on")), Dates.of(rs.getDate("rejected_on")),
                rs.getString("rejection_reason"), Dates.of(rs.getDate("paid_on")), rs.getString("approved_by"),
                rs.getString("paid_by")), projectId);
        List<ProofOfUseView> proofs = jdbc.query("SELECT * FROM proof_of_use WHERE project_id = ?"
                + " ORDER BY submitted_on, partner_code, proof_id", (rs, row) -> new ProofOfUseView(
                rs.getString("partner_code"), rs.getString("proof_id"), Phase.valueOf(rs.getString("phase")),
                Dates.of(rs.getDate("submitted_on")), documents(rs.getString("documents")),
                ProofOfUseStatus.valueOf(rs.getString("status")),
                Dates.of(rs.getDate("decided_on")), rs.getString("objections")), projectId);
        List<RepaymentClaimView> claims = jdbc.query("SELECT * FROM repayment_claim WHERE project_id = ?"
                + " ORDER BY claimed_on, partner_code, claim_id", (rs, row) -> new RepaymentClaimView(
                rs.getString("partner_code"), rs.getString("claim_id"), rs.getString("request_id"),
                Dates.of(rs.getDate("claimed_on")), Euros.of(rs.getLong("principal")),
                Euros.of(rs.getLong("interest")), rs.getString("reason")), projectId);
        return new ProjectDisbursements(projectId, disbursements, proofs, claims);
    }

    private static Set<ProofDocument> documents(String names) {
        Set<ProofDocument> documents = EnumSet.noneOf(ProofDocument.class);
        Arrays.stream(names.split(",")).filter(name -> !name.isEmpty()).map(ProofDocument::valueOf)
                .forEach(documents::add);
        return documents;
    }

    private void move(PartnerId id, String requestId, DisbursementStatus status, String assignments,
                      Object... values) {
        writes.update("UPDATE disbursement SET " + assignments + ", status = ?" + REQUEST,
                SqlArguments.of(values, status.name(), id.projectId(), id.partnerCode(), requestId));
    }
}
