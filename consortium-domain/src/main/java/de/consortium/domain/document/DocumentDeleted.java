package de.consortium.domain.document;

import de.consortium.domain.project.PartnerId;
import de.consortium.domain.rules.HappenedOn;
import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/** A document's bytes were deleted after its retention; the hash in {@link DocumentRecorded} still names them. */
@Revision("1")
public record DocumentDeleted(PartnerId partnerId, String sha256, LocalDate deletedOn, String reason)
        implements HappenedOn {

    @Override
    public LocalDate happenedOn() {
        return deletedOn;
    }
}
