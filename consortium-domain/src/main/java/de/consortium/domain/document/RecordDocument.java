package de.consortium.domain.document;

import de.consortium.domain.project.PartnerId;
import de.consortium.domain.rules.DatedCommand;
import de.consortium.domain.rules.Shown;
import de.consortium.domain.rules.WorldDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A partner's project lead records a document whose bytes are already stored under their SHA-256: its kind, the
 * name it was uploaded under, its media type (as its content shows) and its size in bytes.
 */
public record RecordDocument(@TargetAggregateIdentifier PartnerId partnerId, String sha256, DocumentKind kind,
                             String fileName, String mediaType, long size, LocalDate recordedOn)
        implements DatedCommand {

    public RecordDocument {
        Objects.requireNonNull(partnerId, "partnerId");
        ContentHash.checked(sha256);
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(mediaType, "mediaType");
        Objects.requireNonNull(recordedOn, "recordedOn");
        checkFileName(fileName);
        if (size <= 0) {
            throw new IllegalArgumentException("a document has at least one byte");
        }
    }

    /** A name only: 1 to 255 characters, no path parts, no control characters. */
    private static void checkFileName(String fileName) {
        if (fileName == null || fileName.isBlank() || fileName.length() > 255
                || fileName.chars().anyMatch(Character::isISOControl)) {
            throw new IllegalArgumentException("a document's file name has 1 to 255 characters and no control"
                    + " characters, not " + Shown.quoted(fileName));
        }
        if (fileName.contains("/") || fileName.contains("\\") || fileName.equals(".") || fileName.equals("..")) {
            throw new IllegalArgumentException("the file name " + Shown.quoted(fileName) + " has path parts;"
                    + " send the name alone");
        }
    }

    @Override
    public WorldDate worldDate() {
        return new WorldDate("The day the document was recorded", recordedOn);
    }
}
