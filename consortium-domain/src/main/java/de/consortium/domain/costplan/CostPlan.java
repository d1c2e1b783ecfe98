package de.consortium.domain.costplan;

import de.consortium.domain.money.FundingRate;
import de.consortium.domain.money.Money;
import de.consortium.domain.project.RunningTime;
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

    /** Every line lies within the project's running time, and each year and cost line is planned once. */
    public static CostPlan within(RunningTime runningTime, SetCostPlan command) {
        Set<String> planned = new HashSet<>();
        for (CostPlanLine line : command.lines()) {
            if (!runningTime.coversYear(line.year())) {
                throw new RuleViolation("cost-plan-within-running-time", "The cost plan has costs in " + line.year()
                        + ", outside the project's running time " + runningTime.start().getYear() + " to "
                        + runningTime.end().getYear() + ".");
            }
            if (!planned.add(line.year() + " " + line.costLine())) {
                throw new IllegalArgumentException("cost line " + line.costLine() + " is planned twice for "
                        + line.year());
            }
        }
        CostPlan plan = new CostPlan(command.fundingRate(), command.thirdPartyFunds(), command.lines());
        ThirdPartyFundsLimit.check(plan);
        return plan;
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
