package de.consortium.domain.proofofuse;

import de.consortium.domain.project.PartnerId;

/** What accepting a proof of use checks: that it awaits audit and the audit follows the submission. */
public final class AcceptProofOfUseRules {

    private AcceptProofOfUseRules() {
    }

    public static ProofOfUseAccepted decide(AcceptProofOfUse command, PartnerId partnerId, ProofsOfUse proofsOfUse) {
        return new ProofOfUseAccepted(partnerId, command.proofId(),
                proofsOfUse.checkDecidable(command.proofId(), command.acceptedOn()), command.acceptedOn());
    }
}
