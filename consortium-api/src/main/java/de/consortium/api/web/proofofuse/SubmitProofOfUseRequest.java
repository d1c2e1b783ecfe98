package de.consortium.api.web.proofofuse;

import de.consortium.domain.costplan.Phase;
import de.consortium.domain.project.PartnerId;
import de.consortium.domain.proofofuse.ProofDocument;
import de.consortium.domain.proofofuse.ProofFile;
import de.consortium.domain.proofofuse.SubmitProofOfUse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * @param proofId   the partner's own reference for the proof; one is generated when left out
 * @param documents the leaflet's documents enclosed otherwise than as files kept here; with the files' documents,
 *                  each phase needs those the programme's leaflet lists
 * @param files     the enclosed documents as files the partner uploaded beforehand
 */
public record SubmitProofOfUseRequest(@Size(max = 64) String proofId, @NotNull Phase phase,
                                      @NotNull LocalDate submittedOn, Set<@NotNull ProofDocument> documents,
                                      @Size(max = 100) Set<@NotNull @Valid EnclosedFile> files) {

    /** One of the leaflet's documents as an uploaded file, named by its SHA-256. */
    public record EnclosedFile(@NotNull ProofDocument document,
                               @NotNull @Pattern(regexp = "[0-9a-f]{64}") String sha256) {
    }

    public SubmitProofOfUse toCommand(PartnerId partner, String proofId) {
        return new SubmitProofOfUse(partner, proofId, phase, submittedOn, documents, files == null ? Set.of()
                : files.stream().map(file -> new ProofFile(file.document(), file.sha256())).collect(Collectors.toSet()));
    }
}
