package de.consortium.domain.disbursement;

import de.consortium.domain.proofofuse.ProofsOfUse;
import de.consortium.domain.rules.Rule;
import de.consortium.domain.rules.RuleViolation;

/**
 * Rule R5.7 (docs/domain.md): the final installment is paid only after the phase's proof of use was submitted and
 * audited without objection.
 */
public final class FinalInstallmentAfterProofOfUse {

    private FinalInstallmentAfterProofOfUse() {
    }

    public static void check(Disbursement disbursement, ProofsOfUse proofs) {
        if (disbursement.finalInstallment() && !proofs.isAccepted(disbursement.phase())) {
            throw new RuleViolation(Rule.FINAL_INSTALLMENT_AFTER_PROOF_OF_USE, "Request " + disbursement.requestId()
                    + " is the final installment of phase " + disbursement.phase() + "; it is paid only after the"
                    + " proof of use of that phase is accepted without objection.");
        }
    }
}
