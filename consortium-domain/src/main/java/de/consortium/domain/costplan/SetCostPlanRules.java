package de.consortium.domain.costplan;

import de.consortium.domain.project.PartnerId;
import de.consortium.domain.project.RunningTime;
import de.consortium.domain.rules.Rule;
import de.consortium.domain.rules.RuleViolation;

import java.time.LocalDate;

/** What setting a cost plan checks, in the order it checks it. */
public final class SetCostPlanRules {

    private SetCostPlanRules() {
    }

    /** {@code applicationSubmittedOn} is null while the partner has not applied. */
    public static CostPlanSet decide(SetCostPlan command, PartnerId partnerId, RunningTime runningTime,
                                     LocalDate applicationSubmittedOn) {
        if (applicationSubmittedOn != null) {
            throw new RuleViolation(Rule.COST_PLAN_FIXED_ONCE_APPLIED, "The cost plan went in with the application of "
                    + applicationSubmittedOn + " and can no longer be changed.");
        }
        CostPlan plan = CostPlan.within(runningTime, command);
        return new CostPlanSet(partnerId, plan.fundingRate(), plan.thirdPartyFunds(), command.thirdPartyFunds(),
                plan.lines(), plan.years(), plan.eligibleCosts(), plan.grant(), plan.ownShare(), command.decidedOn());
    }
}
