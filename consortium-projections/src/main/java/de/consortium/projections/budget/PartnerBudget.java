package de.consortium.projections.budget;

import org.springframework.lang.Nullable;
import de.consortium.domain.money.FundingRate;

import java.math.BigDecimal;
import java.util.List;

/** A partner's cost and financing plan (grant versus own share) and the drawdown of its grant, per phase and year. */
public record PartnerBudget(String partnerCode, String name, @Nullable FundingRate fundingRate,
                            @Nullable Integer grantPercent,
                            BigDecimal eligibleCosts, BigDecimal grant, BigDecimal ownShare,
                            BigDecimal thirdPartyFunds, GrantDrawdown drawdown, List<PhaseBudget> phases,
                            List<BudgetYear> years) {
}
