package de.consortium.api.web.disbursement;

import de.consortium.domain.disbursement.ApproveDisbursement;
import de.consortium.domain.project.PartnerId;
import jakarta.validation.constraints.NotNull;

import java.time.LocalDate;

public record ApproveDisbursementRequest(@NotNull LocalDate approvedOn) {

    public ApproveDisbursement toCommand(PartnerId partner, String requestId) {
        return new ApproveDisbursement(partner, requestId, approvedOn);
    }
}
