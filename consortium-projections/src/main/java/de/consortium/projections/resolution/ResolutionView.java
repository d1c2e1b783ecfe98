package de.consortium.projections.resolution;

import org.springframework.lang.Nullable;
import de.consortium.domain.resolution.CouncilRecord;
import de.consortium.domain.resolution.ResolutionOutcome;
import de.consortium.domain.resolution.ResolutionSubject;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * A council resolution as the paper shows it, and when the system recorded it; {@code paperDocument} is the SHA-256
 * of the paper's document where the partner keeps it, {@code councilRecord} where the council's information system
 * keeps the resolution.
 */
public record ResolutionView(String paperReference, @Nullable String title, String body, LocalDate sessionDate,
                             boolean publicSession, Set<ResolutionSubject> subjects, ResolutionOutcome outcome,
                             @Nullable Integer votesInFavour, @Nullable Integer votesAgainst,
                             @Nullable Integer abstentions,
                             List<String> motionsAnswered, Instant recordedAt, @Nullable String paperDocument,
                             @Nullable CouncilRecord councilRecord) {
}
