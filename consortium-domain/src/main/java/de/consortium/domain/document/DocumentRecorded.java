package de.consortium.domain.document;

import de.consortium.domain.project.PartnerId;
import de.consortium.domain.rules.HappenedOn;
import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/** A partner keeps a document: the bytes whose SHA-256 this names, of this kind, name, media type and size. */
@Revision("1")
public record DocumentRecorded(PartnerId partnerId, String sha256, DocumentKind kind, String fileName,
                               String mediaType, long size, LocalDate recordedOn) implements HappenedOn {

    @Override
    public LocalDate happenedOn() {
        return recordedOn;
    }
}
