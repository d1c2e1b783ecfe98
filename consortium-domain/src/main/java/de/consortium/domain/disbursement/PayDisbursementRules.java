package de.consortium.domain.disbursement;

import de.consortium.domain.project.PartnerId;
import de.consortium.domain.proofofuse.ProofsOfUse;

/** What paying out an approved request checks, in the order it checks it. */
public final class PayDisbursementRules {

    private PayDisbursementRules() {
    }

    public static DisbursementPaid decide(PayDisbursement command, PartnerId partnerId, String payer,
                                          Disbursements disbursements, ProofsOfUse proofsOfUse) {
        Disbursement disbursement = disbursements.get(command.requestId());
        disbursement.checkPayable(command.paidOn(), payer);
        FinalInstallmentAfterProofOfUse.check(disbursement, proofsOfUse);
        return new DisbursementPaid(partnerId, command.requestId(), command.paidOn(), disbursement.grantAmount(),
                payer);
    }
}
