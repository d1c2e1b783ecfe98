package de.consortium.domain.disbursement;

import de.consortium.domain.rules.Rule;
import de.consortium.domain.rules.RuleViolation;

/** Whoever approved a disbursement cannot also pay it; a payment by an unknown hand is refused for that reason. */
public final class FourEyes {

    private FourEyes() {
    }

    public static void check(String approvedBy, String payer) {
        if (payer == null || payer.equals(approvedBy)) {
            throw new RuleViolation(Rule.FOUR_EYES, "The disbursement was approved by " + approvedBy
                    + "; a second person must pay it.");
        }
    }
}
