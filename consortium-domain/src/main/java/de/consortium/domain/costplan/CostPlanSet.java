package de.consortium.domain.costplan;

import de.consortium.domain.money.FundingRate;
import de.consortium.domain.money.Money;
import de.consortium.domain.project.PartnerId;
import de.consortium.domain.rules.HappenedOn;
import org.axonframework.serialization.Revision;

import java.time.LocalDate;
import java.util.List;

/**
 * A partner's cost and financing plan, with the grant and own share as the funding rate gave them when it was set
 * (per year and in total), so that later readers need not recompute them. {@code thirdPartyFunds} is the sum of
 * the contributions.
 */
@Revision("1")
public record CostPlanSet(
        PartnerId partnerId,
        FundingRate fundingRate,
        Money thirdPartyFunds,
        List<ThirdPartyContribution> thirdPartyContributions,
        List<CostPlanLine> lines,
        List<YearlyFunding> years,
        Money eligibleCosts,
        Money grant,
        Money ownShare,
        LocalDate decidedOn) implements HappenedOn {

    public CostPlanSet {
        thirdPartyContributions = thirdPartyContributions == null ? List.of() : thirdPartyContributions;
    }

    @Override
    public LocalDate happenedOn() {
        return decidedOn;
    }
}
