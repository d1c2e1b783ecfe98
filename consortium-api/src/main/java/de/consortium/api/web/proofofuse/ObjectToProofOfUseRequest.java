package de.consortium.api.web.proofofuse;

import de.consortium.domain.project.PartnerId;
import de.consortium.domain.proofofuse.ObjectToProofOfUse;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

public record ObjectToProofOfUseRequest(@NotNull LocalDate objectedOn, @NotBlank @Size(max = 4000) String objections) {

    public ObjectToProofOfUse toCommand(PartnerId partner, String proofId) {
        return new ObjectToProofOfUse(partner, proofId, objectedOn, objections);
    }
}
