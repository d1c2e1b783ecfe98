package de.consortium.domain.costplan;

import de.consortium.domain.money.Money;
import de.consortium.domain.rules.Rule;
import de.consortium.domain.rules.RuleViolation;

import java.util.Collection;

/**
 * Rule R6.1 (docs/domain.md): external consultants and moderators (line 2.1.5) may cost at most one third of the
 * municipality's own staff and material costs (lines 2.1.1 to 2.1.4). Compared in whole cents, without rounding.
 */
public final class ExternalConsultantsLimit {

    private ExternalConsultantsLimit() {
    }

    /** One (cost line, amount) position of a plan or of incurred costs. */
    public record Position(CostLine costLine, Money amount) {
    }

    public static void check(String what, Collection<Position> positions) {
        Money consultants = Money.ZERO;
        Money ownStaffAndMaterial = Money.ZERO;
        for (Position position : positions) {
            if (position.costLine().isExternalConsultants()) {
                consultants = consultants.plus(position.amount());
            } else if (position.costLine().isOwnStaffOrMaterial()) {
                ownStaffAndMaterial = ownStaffAndMaterial.plus(position.amount());
            }
        }
        if (Math.multiplyExact(consultants.cents(), 3) > ownStaffAndMaterial.cents()) {
            throw new RuleViolation(Rule.EXTERNAL_CONSULTANTS_LIMIT, what + ": external consultants (" + consultants
                    + ") may cost at most one third of the own staff and material costs (" + ownStaffAndMaterial
                    + ").");
        }
    }
}
