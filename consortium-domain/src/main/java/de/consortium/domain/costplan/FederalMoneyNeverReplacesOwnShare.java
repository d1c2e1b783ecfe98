package de.consortium.domain.costplan;

import de.consortium.domain.rules.Rule;
import de.consortium.domain.rules.RuleViolation;

/**
 * Rule R1.3 (docs/domain.md): federal money can never replace the municipal own share ("Ablösung ... nicht möglich").
 */
final class FederalMoneyNeverReplacesOwnShare {

    private FederalMoneyNeverReplacesOwnShare() {
    }

    static void check(Iterable<ThirdPartyContribution> contributions) {
        for (ThirdPartyContribution contribution : contributions) {
            if (contribution.source() == ThirdPartySource.FEDERAL) {
                throw new RuleViolation(Rule.FEDERAL_MONEY_NEVER_REPLACES_OWN_SHARE, "Federal money from "
                        + contribution.contributor() + " cannot replace the own share.");
            }
        }
    }
}
