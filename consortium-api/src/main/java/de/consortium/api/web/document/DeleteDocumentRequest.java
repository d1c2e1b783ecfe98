package de.consortium.api.web.document;

import de.consortium.domain.document.DeleteDocument;
import de.consortium.domain.project.PartnerId;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

/**
 * @param deletedOn the day of deletion; the document's retention must have run out by then
 * @param reason    why, for the record
 */
public record DeleteDocumentRequest(@NotNull LocalDate deletedOn, @NotBlank @Size(max = 1000) String reason) {

    public DeleteDocument toCommand(PartnerId partner, String sha256) {
        return new DeleteDocument(partner, sha256, deletedOn, reason);
    }
}
