package de.consortium.domain.disbursement;

import de.consortium.domain.resolution.CouncilResolutions;
import de.consortium.domain.resolution.ResolutionSubject;
import de.consortium.domain.rules.Rule;
import de.consortium.domain.rules.RuleViolation;

import java.time.LocalDate;

/**
 * Rule R3.2 (docs/domain.md): measures and investments of phase B are fundable only under a smart-city strategy adopted
 * by the council, so a phase-B disbursement needs the partner's adopted strategy resolution.
 */
public final class PhaseBNeedsStrategy {

    private PhaseBNeedsStrategy() {
    }

    public static void check(CouncilResolutions resolutions, LocalDate requestedOn) {
        if (resolutions.adopting(ResolutionSubject.STRATEGY_ADOPTION, requestedOn).isEmpty()) {
            throw new RuleViolation(Rule.PHASE_B_NEEDS_STRATEGY, "No adopted council resolution "
                    + ResolutionSubject.STRATEGY_ADOPTION.description() + " was passed by " + requestedOn
                    + "; phase B is fundable only under an adopted strategy.");
        }
    }
}
