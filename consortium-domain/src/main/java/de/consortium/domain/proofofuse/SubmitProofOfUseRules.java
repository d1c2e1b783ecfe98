package de.consortium.domain.proofofuse;

import de.consortium.domain.costplan.CostPlan;
import de.consortium.domain.document.Documents;
import de.consortium.domain.money.Money;
import de.consortium.domain.project.PartnerId;
import de.consortium.domain.rules.Chronology;
import de.consortium.domain.rules.Rule;
import de.consortium.domain.rules.RuleViolation;

import java.time.LocalDate;

/** What submitting a proof of use (Verwendungsnachweis) checks, in the order it checks it. */
public final class SubmitProofOfUseRules {

    private SubmitProofOfUseRules() {
    }

    /** {@code granted} and {@code grantDecidedOn} are null while no grant is awarded. */
    public static ProofOfUseSubmitted decide(SubmitProofOfUse command, PartnerId partnerId, Money granted,
                                             LocalDate grantDecidedOn, CostPlan costPlan, ProofsOfUse proofsOfUse,
                                             Documents documents) {
        if (granted == null) {
            throw new RuleViolation(Rule.PROOF_OF_USE_NEEDS_GRANT, "No grant has been awarded to this partner, so there"
                    + " is no use of it to prove.");
        }
        if (!costPlan.has(command.phase())) {
            throw new RuleViolation(Rule.PROOF_OF_USE_FOR_PLANNED_PHASE, "The cost plan has no phase "
                    + command.phase() + ".");
        }
        Chronology.notBefore("The proof of use", command.submittedOn(), "the grant decision", grantDecidedOn);
        proofsOfUse.checkSubmittable(command.proofId(), command.phase());
        command.files().forEach(file -> documents.checkKept(file.sha256()));
        ProofOfUseComplete.check(command.phase(), command.enclosed());
        return new ProofOfUseSubmitted(partnerId, command.proofId(), command.phase(), command.submittedOn(),
                command.enclosed(), command.files());
    }
}
