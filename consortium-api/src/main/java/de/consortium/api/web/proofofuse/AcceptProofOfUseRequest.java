package de.consortium.api.web.proofofuse;

import de.consortium.domain.project.PartnerId;
import de.consortium.domain.proofofuse.AcceptProofOfUse;
import jakarta.validation.constraints.NotNull;

import java.time.LocalDate;

public record AcceptProofOfUseRequest(@NotNull LocalDate acceptedOn) {

    public AcceptProofOfUse toCommand(PartnerId partner, String proofId) {
        return new AcceptProofOfUse(partner, proofId, acceptedOn);
    }
}
