package de.consortium.domain.grant;

import de.consortium.domain.money.Money;
import de.consortium.domain.rules.Rule;
import de.consortium.domain.rules.RuleViolation;

/** The funder grants at most what the partner applied for (the funding rate applied to its eligible costs). */
public final class GrantWithinApplication {

    private GrantWithinApplication() {
    }

    public static void check(Money granted, Money applied) {
        if (granted.exceeds(applied)) {
            throw new RuleViolation(Rule.GRANT_WITHIN_APPLICATION, "A grant of " + granted
                    + " exceeds the " + applied + " the partner applied for.");
        }
    }
}
