package de.consortium.domain.application;

import de.consortium.domain.costplan.CostPlan;
import de.consortium.domain.project.PartnerId;
import de.consortium.domain.resolution.CouncilResolutions;
import de.consortium.domain.rules.Rule;
import de.consortium.domain.rules.RuleViolation;

import java.time.LocalDate;
import java.util.List;

/** What submitting an application checks, in the order it checks it. */
public final class SubmitApplicationRules {

    private SubmitApplicationRules() {
    }

    /** {@code submittedBefore} is the day of an earlier application, {@code costPlan} null while none is set. */
    public static ApplicationSubmitted decide(SubmitApplication command, PartnerId partnerId, LocalDate submittedBefore,
                                              CostPlan costPlan, LocalDate applicationDeadline,
                                              CouncilResolutions resolutions) {
        if (submittedBefore != null) {
            throw new RuleViolation(Rule.APPLICATION_SUBMITTED_ONCE, "This partner's application was already submitted"
                    + " on " + submittedBefore + ".");
        }
        if (costPlan == null) {
            throw new RuleViolation(Rule.APPLICATION_NEEDS_COST_PLAN, "The application needs the partner's cost and"
                    + " financing plan; none is set yet.");
        }
        ApplicationDeadline.check(command.submittedOn(), applicationDeadline);
        List<String> mandate = ApplicationNeedsCouncilMandate.check(resolutions, command.submittedOn());
        StraightToPhaseBNeedsStrategy.check(costPlan, resolutions, command.submittedOn());
        return new ApplicationSubmitted(partnerId, command.submittedOn(), costPlan.eligibleCosts(), costPlan.grant(),
                mandate);
    }
}
