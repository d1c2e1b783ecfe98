package de.consortium.api.web.proofofuse;

import de.consortium.domain.costplan.Phase;
import de.consortium.domain.project.PartnerId;
import de.consortium.domain.proofofuse.ProofDocument;
import de.consortium.domain.proofofuse.SubmitProofOfUse;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.util.Set;

/**
 * @param proofId   the partner's own reference for the proof; one is generated when left out
 * @param documents the documents enclosed; each phase needs those the programme's leaflet lists
 */
public record SubmitProofOfUseRequest(@Size(max = 64) String proofId, @NotNull Phase phase,
                                      @NotNull LocalDate submittedOn, @NotNull Set<@NotNull ProofDocument> documents) {

    public SubmitProofOfUse toCommand(PartnerId partner, String proofId) {
        return new SubmitProofOfUse(partner, proofId, phase, submittedOn, documents);
    }
}
