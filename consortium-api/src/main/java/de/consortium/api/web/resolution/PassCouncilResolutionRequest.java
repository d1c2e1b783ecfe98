package de.consortium.api.web.resolution;

import de.consortium.domain.project.PartnerId;
import de.consortium.domain.resolution.CouncilRecord;
import de.consortium.domain.resolution.PassCouncilResolution;
import de.consortium.domain.resolution.ResolutionOutcome;
import de.consortium.domain.resolution.ResolutionSubject;
import de.consortium.domain.resolution.Votes;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * A council resolution as its paper shows it.
 *
 * @param paperReference  the paper's reference, e.g. "14-20 / V 18416"
 * @param body            the deciding body, e.g. "Vollversammlung des Stadtrates", "Senat"
 * @param motionsAnswered references of council motions the resolution answers, e.g. "14-20 / A 06936"
 * @param paperDocument   the SHA-256 of the paper's document, uploaded to the partner's documents beforehand
 * @param councilRecord   where the council's information system (OParl) keeps the resolution
 */
public record PassCouncilResolutionRequest(
        @NotBlank @Size(max = 100) String paperReference,
        @Size(max = 500) String title,
        @NotBlank @Size(max = 200) String body,
        @NotNull LocalDate sessionDate,
        @NotNull Boolean publicSession,
        @NotEmpty Set<@NotNull ResolutionSubject> subjects,
        @NotNull ResolutionOutcome outcome,
        @Valid VoteCount votes,
        @Size(max = 50) List<@NotBlank @Size(max = 100) String> motionsAnswered,
        @Pattern(regexp = "[0-9a-f]{64}") String paperDocument,
        CouncilRecord councilRecord) {

    /** Counts as the minutes record them; leave out what they do not give. */
    public record VoteCount(@PositiveOrZero Integer inFavour, @PositiveOrZero Integer against,
                            @PositiveOrZero Integer abstentions) {
    }

    public PassCouncilResolution toCommand(PartnerId partner) {
        return new PassCouncilResolution(partner, paperReference, title, body, sessionDate, publicSession, subjects,
                outcome, votes == null ? null : new Votes(votes.inFavour(), votes.against(), votes.abstentions()),
                motionsAnswered, paperDocument, councilRecord);
    }
}
