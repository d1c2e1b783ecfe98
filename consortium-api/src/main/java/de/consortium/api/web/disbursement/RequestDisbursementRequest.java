package de.consortium.api.web.disbursement;

import de.consortium.api.messaging.EuroAmount;
import de.consortium.api.messaging.Euros;
import de.consortium.domain.costplan.CostLine;
import de.consortium.domain.costplan.Phase;
import de.consortium.domain.disbursement.IncurredCost;
import de.consortium.domain.disbursement.RequestDisbursement;
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
 * @param requestId        the partner's own reference for the request; one is generated when left out
 * @param payoutDate       a month end at least 14 days after the request
 * @param phase            A or B (default B)
 * @param finalInstallment whether this is the phase's final installment (Schlussrate), paid after the proof of use
 * @param costs            eligible costs incurred in the period, per year and cost line, in euros
 */
public record RequestDisbursementRequest(
        @Size(max = 64) String requestId,
        @NotNull LocalDate requestedOn,
        @NotNull LocalDate periodStart,
        @NotNull LocalDate periodEnd,
        @NotNull LocalDate payoutDate,
        Phase phase,
        Boolean finalInstallment,
        @NotEmpty @Size(max = 500) List<@Valid @NotNull Cost> costs) {

    public record Cost(@NotNull Integer year, @NotBlank @Size(max = 8) String costLine,
                       @NotNull @EuroAmount BigDecimal amount) {
    }

    public RequestDisbursement toCommand(PartnerId partner, String requestId) {
        return new RequestDisbursement(partner, requestId, requestedOn, periodStart, periodEnd, payoutDate, phase,
                Boolean.TRUE.equals(finalInstallment), costs.stream().map(cost -> new IncurredCost(cost.year(),
                        CostLine.of(cost.costLine()),
                        Euros.toMoney(cost.amount()))).toList());
    }
}
