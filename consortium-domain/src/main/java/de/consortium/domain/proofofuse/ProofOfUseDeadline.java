package de.consortium.domain.proofofuse;

import de.consortium.domain.costplan.Phase;

import java.time.LocalDate;

/**
 * Rule R7.1 (docs/domain.md): the proof of use of phase A is due at the latest 30 months after the grant decision, that
 * of phase B at the latest 5 years and 6 months after the grant decision for it (the leaflet counts both from the
 * Zusage).
 */
public final class ProofOfUseDeadline {

    private ProofOfUseDeadline() {
    }

    public static LocalDate dueBy(Phase phase, LocalDate grantDecidedOn) {
        return phase == Phase.A ? grantDecidedOn.plusMonths(30) : grantDecidedOn.plusYears(5).plusMonths(6);
    }
}
