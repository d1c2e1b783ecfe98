package de.consortium.domain.disbursement;

import de.consortium.domain.costplan.Phase;
import de.consortium.domain.rules.Rule;
import de.consortium.domain.rules.RuleViolation;

import java.util.List;

/** The final installment (Schlussrate) is a phase's last request: none may follow it in that phase. */
public final class FinalInstallmentClosesPhase {

    private FinalInstallmentClosesPhase() {
    }

    public static void check(Phase phase, List<Disbursement> standingOfPhase) {
        standingOfPhase.stream().filter(Disbursement::finalInstallment).findFirst().ifPresent(last -> {
            throw new RuleViolation(Rule.FINAL_INSTALLMENT_CLOSES_PHASE, "Request " + last.requestId()
                    + " is the final installment of phase " + phase + "; no further request can follow it.");
        });
    }
}
