package de.consortium.api.web.costplan;

import de.consortium.api.messaging.EuroAmount;
import de.consortium.api.messaging.Euros;
import de.consortium.domain.costplan.CostLine;
import de.consortium.domain.costplan.CostPlanLine;
import de.consortium.domain.costplan.Phase;
import de.consortium.domain.costplan.SetCostPlan;
import de.consortium.domain.costplan.ThirdPartyContribution;
import de.consortium.domain.costplan.ThirdPartySource;
import de.consortium.domain.money.FundingRate;
import de.consortium.domain.project.PartnerId;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * @param fundingRate     STANDARD (65 % grant) or BUDGET_EMERGENCY (90 %, with the supervisory authority's
 *    confirmation)
 * @param thirdPartyFunds money of third parties replacing part of the own share (none when left out)
 */
public record SetCostPlanRequest(
        @NotNull FundingRate fundingRate,
        @Size(max = 50) List<@Valid @NotNull Contribution> thirdPartyFunds,
        @NotEmpty @Size(max = 1000) List<@Valid @NotNull Line> lines,
        @NotNull LocalDate decidedOn) {

    /** Eligible costs in euros planned for a year on a cost line such as 2.1.1, in phase A or B (default B). */
    public record Line(@NotNull Integer year, @NotBlank @Size(max = 8) String costLine,
                       @NotNull @EuroAmount BigDecimal eligibleCosts, Phase phase) {
    }

    /** Euros a third party contributes towards the own share, e.g. a municipal company or the state. */
    public record Contribution(@NotBlank @Size(max = 300) String contributor, @NotNull ThirdPartySource source,
                               @NotNull @EuroAmount BigDecimal amount) {
    }

    public SetCostPlan toCommand(PartnerId partner) {
        List<ThirdPartyContribution> contributions = thirdPartyFunds == null ? List.of() : thirdPartyFunds.stream()
                .map(c -> new ThirdPartyContribution(c.contributor(), c.source(), Euros.toMoney(c.amount()))).toList();
        return new SetCostPlan(partner, fundingRate, contributions, lines.stream()
                .map(line -> new CostPlanLine(line.year(), CostLine.of(line.costLine()),
                        Euros.toMoney(line.eligibleCosts()), line.phase())).toList(), decidedOn);
    }
}
