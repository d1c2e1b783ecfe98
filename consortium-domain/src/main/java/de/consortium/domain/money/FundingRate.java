package de.consortium.domain.money;

/**
 * Rule R1.1 (docs/domain.md), the funding rate: the federal grant is 65 % of the eligible costs, 90 % for a
 * municipality in a confirmed budget emergency (Haushaltsnotlage). The grant is rounded half-up to the cent and the own
 * share is the rest, so the two always add up to the eligible costs (as the cost and financing plan does).
 */
public enum FundingRate {
    STANDARD(65),
    BUDGET_EMERGENCY(90);

    private final int grantPercent;

    FundingRate(int grantPercent) {
        this.grantPercent = grantPercent;
    }

    public int grantPercent() {
        return grantPercent;
    }

    public int ownSharePercent() {
        return 100 - grantPercent;
    }

    public Money grantFor(Money eligibleCosts) {
        return eligibleCosts.percent(grantPercent);
    }

    public Money ownShareOf(Money eligibleCosts) {
        return eligibleCosts.minus(grantFor(eligibleCosts));
    }
}
