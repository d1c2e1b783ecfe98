package de.consortium.domain.disbursement;

import de.consortium.domain.project.PartnerId;

/** What approving a disbursement request checks: that it awaits a decision and the approval follows the request. */
public final class ApproveDisbursementRules {

    private ApproveDisbursementRules() {
    }

    public static DisbursementApproved decide(ApproveDisbursement command, PartnerId partnerId, String approver,
                                              Disbursements disbursements) {
        Disbursement disbursement = disbursements.get(command.requestId());
        disbursement.checkDecidable("approval", command.approvedOn());
        return new DisbursementApproved(partnerId, command.requestId(), command.approvedOn(),
                disbursement.grantAmount(), approver);
    }
}
