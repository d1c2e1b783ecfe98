package de.consortium.domain.proofofuse;

import de.consortium.domain.costplan.Phase;
import de.consortium.domain.rules.Rule;
import de.consortium.domain.rules.RuleViolation;

import java.util.EnumSet;
import java.util.Set;

/** Rule R7.2 (docs/domain.md): a proof of use comes with every document the leaflet lists for its phase. */
public final class ProofOfUseComplete {

    private ProofOfUseComplete() {
    }

    public static void check(Phase phase, Set<ProofDocument> documents) {
        Set<ProofDocument> missing = EnumSet.copyOf(ProofDocument.requiredFor(phase));
        missing.removeAll(documents);
        if (!missing.isEmpty()) {
            throw new RuleViolation(Rule.PROOF_OF_USE_COMPLETE, "The proof of use of phase " + phase + " lacks "
                    + missing + ".");
        }
    }
}
