package de.consortium.domain.costplan;

import de.consortium.domain.money.FundingRate;
import de.consortium.domain.money.Money;
import de.consortium.domain.project.RunningTime;
import de.consortium.domain.rules.Rule;
import de.consortium.domain.rules.RuleViolation;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

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

    /** The grant and own share per year, split as {@link FundingSplit} lays them out: they add up to the totals. */
    public List<YearlyFunding> years() {
        return FundingSplit.of(fundingRate, lines).years().stream()
                .map(year -> new YearlyFunding(year.year(), year.eligibleCosts(), year.grant(), year.ownShare()))
                .toList();
    }
}
