package de.consortium.domain.proofofuse;

import de.consortium.domain.project.PartnerId;

/** What objecting to a proof of use checks: that it awaits audit and the audit follows the submission. */
public final class ObjectToProofOfUseRules {

    private ObjectToProofOfUseRules() {
    }

    public static ProofOfUseObjected decide(ObjectToProofOfUse command, PartnerId partnerId, ProofsOfUse proofsOfUse) {
        return new ProofOfUseObjected(partnerId, command.proofId(),
                proofsOfUse.checkDecidable(command.proofId(), command.objectedOn()), command.objectedOn(),
                command.objections());
    }
}
