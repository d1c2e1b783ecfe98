package de.consortium.domain.disbursement;

import de.consortium.domain.money.Money;
import de.consortium.domain.rules.Rule;
import de.consortium.domain.rules.RuleViolation;

/** A disbursement request may not exceed the granted amount minus what is already requested, approved or paid. */
public final class DisbursementWithinGrant {

    private DisbursementWithinGrant() {
    }

    public static void check(Money requested, Money granted, Money alreadyDrawn) {
        Money available = granted.minus(alreadyDrawn);
        if (requested.exceeds(available)) {
            throw new RuleViolation(Rule.DISBURSEMENT_WITHIN_GRANT, "The request for " + requested
                    + " exceeds the " + available + " left of the grant of " + granted + " (" + alreadyDrawn
                    + " already requested or paid).");
        }
    }
}
