package de.consortium.domain.disbursement;

import de.consortium.domain.costplan.Phase;
import de.consortium.domain.rules.Rule;
import de.consortium.domain.rules.RuleViolation;

import java.time.LocalDate;
import java.util.Optional;

/**
 * When a phase began, for the programme's payout rules: phase A with the grant decision; phase B with the payout of
 * phase A's final installment where there is a phase A, otherwise with the grant decision or the project's start,
 * whichever is later (a project going straight to B).
 */
public final class PhaseBegin {

    private PhaseBegin() {
    }

    public static LocalDate of(Phase phase, LocalDate grantDecidedOn, LocalDate projectStart, boolean hasPhaseA,
                               Optional<LocalDate> phaseAFinalInstallmentPaid) {
        if (phase == Phase.A) {
            return grantDecidedOn;
        }
        if (hasPhaseA) {
            return phaseAFinalInstallmentPaid.orElseThrow(() -> new RuleViolation(Rule.PHASE_B_AFTER_PHASE_A,
                    "Phase B begins with the payout of phase A's final installment, which has not been paid."));
        }
        return grantDecidedOn.isAfter(projectStart) ? grantDecidedOn : projectStart;
    }
}
