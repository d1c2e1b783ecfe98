package de.consortium.api.costplan;

import de.consortium.api.messaging.EuroAmount;
import de.consortium.api.messaging.Euros;
import de.consortium.domain.costplan.CostLine;
import de.consortium.domain.costplan.CostPlanLine;
import de.consortium.domain.costplan.SetCostPlan;
import de.consortium.domain.money.FundingRate;
import de.consortium.domain.partner.PartnerId;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * @param fundingRate     STANDARD (65 % grant) or BUDGET_EMERGENCY (90 %, with the supervisory authority's confirmation)
 * @param thirdPartyFunds money of third parties replacing part of the own share, in euros (default 0)
 */
public record SetCostPlanRequest(
        @NotNull FundingRate fundingRate,
        @EuroAmount BigDecimal thirdPartyFunds,
        @NotEmpty @Size(max = 1000) List<@Valid @NotNull Line> lines,
        @NotNull LocalDate decidedOn) {

    /** Eligible costs in euros planned for a year on a cost line such as 2.1.1. */
    public record Line(@NotNull Integer year, @NotBlank @Size(max = 8) String costLine,
                       @NotNull @EuroAmount BigDecimal eligibleCosts) {
    }

    SetCostPlan toCommand(PartnerId partner) {
        return new SetCostPlan(partner, fundingRate, Euros.toMoney(thirdPartyFunds), lines.stream()
                .map(line -> new CostPlanLine(line.year(), CostLine.of(line.costLine()),
                        Euros.toMoney(line.eligibleCosts()))).toList(), decidedOn);
    }
}
