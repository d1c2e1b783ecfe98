package de.consortium.api.web.grant;

import de.consortium.api.messaging.EuroAmount;
import de.consortium.api.messaging.Euros;
import de.consortium.domain.grant.RecordGrantDecision;
import de.consortium.domain.project.PartnerId;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;
import java.time.LocalDate;

/** @param grantAmount in euros; required when awarded, absent when refused */
public record RecordGrantDecisionRequest(@NotNull LocalDate decidedOn, @NotNull Boolean awarded,
                                         @EuroAmount BigDecimal grantAmount, @Size(max = 200) String reference) {

    public RecordGrantDecision toCommand(PartnerId partner) {
        return new RecordGrantDecision(partner, decidedOn, awarded, Euros.toMoney(grantAmount), reference);
    }
}
