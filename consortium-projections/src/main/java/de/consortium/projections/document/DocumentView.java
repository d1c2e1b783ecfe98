package de.consortium.projections.document;

import de.consortium.domain.document.DocumentKind;
import org.springframework.lang.Nullable;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A document a partner keeps or kept. {@code deletableFrom} is the first day its retention lets an operator delete
 * it, {@code null} while its retention has not begun; {@code deletedOn} is set once its bytes are gone.
 */
public record DocumentView(String projectId, String partnerCode, String sha256, DocumentKind kind, String fileName,
                           String mediaType, long size, LocalDate recordedOn, Instant recordedAt,
                           List<Enclosure> enclosedIn, @Nullable LocalDate deletableFrom,
                           @Nullable LocalDate deletedOn, @Nullable String deletionReason) {

    public boolean deleted() {
        return deletedOn != null;
    }
}
