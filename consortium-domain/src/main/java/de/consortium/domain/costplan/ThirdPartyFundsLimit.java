package de.consortium.domain.costplan;

import de.consortium.domain.money.Money;
import de.consortium.domain.rules.Rule;
import de.consortium.domain.rules.RuleViolation;

/**
 * Rule R1.2 (docs/domain.md): money of third parties (municipal companies, foundations, the state, the EU) may replace
 * at most half of the municipal own share; the municipality always carries the other half itself.
 */
final class ThirdPartyFundsLimit {

    private ThirdPartyFundsLimit() {
    }

    static void check(CostPlan plan) {
        Money ownShare = plan.ownShare();
        Money limit = new Money(ownShare.cents() / 2);
        if (plan.thirdPartyFunds().exceeds(limit)) {
            throw new RuleViolation(Rule.THIRD_PARTY_FUNDS_LIMIT, "Third-party funds of " + plan.thirdPartyFunds()
                    + " would replace more than half of the own share of " + ownShare + "; at most " + limit
                    + " may come from third parties.");
        }
    }
}
