package de.consortium.domain.application;

import de.consortium.domain.costplan.CostPlan;
import de.consortium.domain.costplan.Phase;
import de.consortium.domain.resolution.CouncilResolutions;
import de.consortium.domain.resolution.ResolutionSubject;
import de.consortium.domain.rules.Rule;
import de.consortium.domain.rules.RuleViolation;

import java.time.LocalDate;

/**
 * Rule R2.3 (docs/domain.md): an application contains phases A and B, or goes straight to phase B when the council has
 * adopted a smart-city strategy.
 */
public final class StraightToPhaseBNeedsStrategy {

    private StraightToPhaseBNeedsStrategy() {
    }

    public static void check(CostPlan plan, CouncilResolutions resolutions, LocalDate submittedOn) {
        if (!plan.has(Phase.A) && resolutions.adopting(ResolutionSubject.STRATEGY_ADOPTION, submittedOn).isEmpty()) {
            throw new RuleViolation(Rule.STRAIGHT_TO_PHASE_B_NEEDS_STRATEGY, "The plan goes straight to phase B, which"
                    + " needs a council resolution " + ResolutionSubject.STRATEGY_ADOPTION.description()
                    + " passed by " + submittedOn + "; there is none.");
        }
    }
}
