package de.consortium.domain.costplan;

import de.consortium.domain.money.Money;

/** One year of the financing plan: eligible costs, federal grant and municipal own share. */
public record YearlyFunding(int year, Money eligibleCosts, Money grant, Money ownShare) {
}
