package de.consortium.domain.costplan;

import de.consortium.domain.rules.DatedCommand;
import de.consortium.domain.rules.WorldDate;
import de.consortium.domain.money.FundingRate;
import de.consortium.domain.project.PartnerId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/** The consortium lead allocates a partner its part of the cost and financing plan. */
public record SetCostPlan(
        @TargetAggregateIdentifier PartnerId partnerId,
        FundingRate fundingRate,
        List<ThirdPartyContribution> thirdPartyFunds,
        List<CostPlanLine> lines,
        LocalDate decidedOn) implements DatedCommand {

    public SetCostPlan {
        Objects.requireNonNull(partnerId, "partnerId");
        Objects.requireNonNull(fundingRate, "fundingRate");
        Objects.requireNonNull(decidedOn, "decidedOn");
        thirdPartyFunds = thirdPartyFunds == null ? List.of() : List.copyOf(thirdPartyFunds);
        lines = List.copyOf(lines);
        if (lines.isEmpty()) {
            throw new IllegalArgumentException("a cost plan has at least one line");
        }
    }

    @Override
    public WorldDate worldDate() {
        return new WorldDate("The cost plan's date", decidedOn);
    }
}
