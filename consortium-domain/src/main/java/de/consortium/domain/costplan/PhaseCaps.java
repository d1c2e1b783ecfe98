package de.consortium.domain.costplan;

import de.consortium.domain.money.Money;
import de.consortium.domain.rules.Rule;
import de.consortium.domain.rules.RuleViolation;

import java.util.List;

/**
 * Rule R2.1 (docs/domain.md): phase A (strategy) has at most 2.5 M EUR of eligible costs, of which at most 1 M EUR for
 * first investments; phase B (implementation) has at most 15 M EUR within at most five years.
 */
final class PhaseCaps {

    static final Money PHASE_A_CAP = Money.ofEuros("2500000.00");
    static final Money PHASE_A_INVESTMENT_CAP = Money.ofEuros("1000000.00");
    static final Money PHASE_B_CAP = Money.ofEuros("15000000.00");
    static final int PHASE_B_YEARS = 5;

    private PhaseCaps() {
    }

    static void check(List<CostPlanLine> lines) {
        Money phaseA = sum(lines, Phase.A, false);
        if (phaseA.exceeds(PHASE_A_CAP)) {
            throw violated("Phase A plans " + phaseA + " of eligible costs; the cap is " + PHASE_A_CAP + ".");
        }
        Money firstInvestments = sum(lines, Phase.A, true);
        if (firstInvestments.exceeds(PHASE_A_INVESTMENT_CAP)) {
            throw violated("Phase A plans " + firstInvestments + " of first investments; the cap is "
                    + PHASE_A_INVESTMENT_CAP + ".");
        }
        Money phaseB = sum(lines, Phase.B, false);
        if (phaseB.exceeds(PHASE_B_CAP)) {
            throw violated("Phase B plans " + phaseB + " of eligible costs; the cap is " + PHASE_B_CAP + ".");
        }
        List<Integer> phaseBYears = lines.stream().filter(line -> line.phase() == Phase.B)
                .map(CostPlanLine::year).toList();
        if (!phaseBYears.isEmpty()) {
            int first = phaseBYears.stream().min(Integer::compare).orElseThrow();
            int last = phaseBYears.stream().max(Integer::compare).orElseThrow();
            if (last - first + 1 > PHASE_B_YEARS) {
                throw violated("Phase B plans costs from " + first + " to " + last + "; it lasts at most "
                        + PHASE_B_YEARS + " years.");
            }
        }
    }

    private static Money sum(List<CostPlanLine> lines, Phase phase, boolean investmentsOnly) {
        return lines.stream().filter(line -> line.phase() == phase)
                .filter(line -> !investmentsOnly || line.costLine().isInvestment())
                .map(CostPlanLine::eligibleCosts).reduce(Money.ZERO, Money::plus);
    }

    private static RuleViolation violated(String message) {
        return new RuleViolation(Rule.PHASE_CAPS, message);
    }
}
