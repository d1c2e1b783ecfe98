package de.consortium.projections.budget;

import java.math.BigDecimal;
import java.util.List;

/** A partner's cost and financing plan (grant versus own share) and the drawdown of its grant. */
public record PartnerBudget(String partnerCode, String name, String fundingRate, Integer grantPercent,
                            BigDecimal eligibleCosts, BigDecimal grant, BigDecimal ownShare,
                            BigDecimal thirdPartyFunds, GrantDrawdown drawdown, List<BudgetYear> years) {
}
