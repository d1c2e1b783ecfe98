package de.consortium.api.web.disbursement;

import de.consortium.domain.disbursement.PayDisbursement;
import de.consortium.domain.project.PartnerId;
import jakarta.validation.constraints.NotNull;

import java.time.LocalDate;

public record PayDisbursementRequest(@NotNull LocalDate paidOn) {

    public PayDisbursement toCommand(PartnerId partner, String requestId) {
        return new PayDisbursement(partner, requestId, paidOn);
    }
}
