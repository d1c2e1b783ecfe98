package de.consortium.api.web.disbursement;

import de.consortium.domain.disbursement.RejectDisbursement;
import de.consortium.domain.project.PartnerId;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

public record RejectDisbursementRequest(@NotNull LocalDate rejectedOn, @NotBlank @Size(max = 2000) String reason) {

    public RejectDisbursement toCommand(PartnerId partner, String requestId) {
        return new RejectDisbursement(partner, requestId, rejectedOn, reason);
    }
}
