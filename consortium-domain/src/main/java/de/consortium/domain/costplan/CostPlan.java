package de.consortium.domain.costplan;

import de.consortium.domain.money.FundingRate;
import de.consortium.domain.money.Money;
import de.consortium.domain.project.RunningTime;
import de.consortium.domain.rules.Rule;
import de.consortium.domain.rules.RuleViolation;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** A partner's planned eligible costs per year and cost line, and the funding that follows from them. */
public record CostPlan(FundingRate fundingRate, Money thirdPartyFunds, List<CostPlanLine> lines) {

    public CostPlan {
        lines = List.copyOf(lines);
    }

    /**
     * A plan that keeps the programme's rules: every line within the project's running time and planned once per
     * year, cost line and phase; the phase caps; the consultants limit; third-party funds within their limits.
     */
    public static CostPlan within(RunningTime runningTime, SetCostPlan command) {
        Set<String> planned = new HashSet<>();
        for (CostPlanLine line : command.lines()) {
            if (!runningTime.coversYear(line.year())) {
                throw new RuleViolation(Rule.COST_PLAN_WITHIN_RUNNING_TIME, "The cost plan has costs in " + line.year()
                        + ", outside the project's running time " + runningTime.start().getYear() + " to "
                        + runningTime.end().getYear() + ".");
            }
            if (!planned.add(line.year() + " " + line.costLine() + " " + line.phase())) {
                throw new IllegalArgumentException("cost line " + line.costLine() + " is planned twice for "
                        + line.year() + " in phase " + line.phase());
            }
        }
        PhaseCaps.check(command.lines());
        ExternalConsultantsLimit.check("The cost plan", command.lines().stream()
                .map(line -> new ExternalConsultantsLimit.Position(line.costLine(), line.eligibleCosts())).toList());
        FederalMoneyNeverReplacesOwnShare.check(command.thirdPartyFunds());
        Money thirdPartyFunds = command.thirdPartyFunds().stream().map(ThirdPartyContribution::amount)
                .reduce(Money.ZERO, Money::plus);
        CostPlan plan = new CostPlan(command.fundingRate(), thirdPartyFunds, command.lines());
        ThirdPartyFundsLimit.check(plan);
        return plan;
    }

    public boolean has(Phase phase) {
        return lines.stream().anyMatch(line -> line.phase() == phase);
    }

    public Money eligibleCosts() {
        return lines.stream().map(CostPlanLine::eligibleCosts).reduce(Money.ZERO, Money::plus);
    }

    public Money grant() {
        return fundingRate.grantFor(eligibleCosts());
    }

    public Money ownShare() {
        return fundingRate.ownShareOf(eligibleCosts());
    }

    /** Each year's grant is rounded on its own, as the programme's cost and financing plan prints it. */
    public List<YearlyFunding> years() {
        Map<Integer, Money> costsByYear = new TreeMap<>();
        lines.forEach(line -> costsByYear.merge(line.year(), line.eligibleCosts(), Money::plus));
        List<YearlyFunding> years = new ArrayList<>();
        costsByYear.forEach((year, costs) ->
                years.add(new YearlyFunding(year, costs, fundingRate.grantFor(costs), fundingRate.ownShareOf(costs))));
        return years;
    }
}
