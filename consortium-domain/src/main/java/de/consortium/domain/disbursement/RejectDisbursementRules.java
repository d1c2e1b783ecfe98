package de.consortium.domain.disbursement;

import de.consortium.domain.project.PartnerId;

/** What rejecting a disbursement request checks: that it awaits a decision and the rejection follows the request. */
public final class RejectDisbursementRules {

    private RejectDisbursementRules() {
    }

    public static DisbursementRejected decide(RejectDisbursement command, PartnerId partnerId,
                                              Disbursements disbursements) {
        Disbursement disbursement = disbursements.get(command.requestId());
        disbursement.checkDecidable("rejection", command.rejectedOn());
        return new DisbursementRejected(partnerId, command.requestId(), command.rejectedOn(),
                disbursement.grantAmount(), command.reason());
    }
}
