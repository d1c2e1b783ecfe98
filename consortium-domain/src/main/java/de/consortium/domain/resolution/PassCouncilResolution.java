package de.consortium.domain.resolution;

import de.consortium.domain.document.ContentHash;
import de.consortium.domain.rules.DatedCommand;
import de.consortium.domain.rules.WorldDate;
import de.consortium.domain.project.PartnerId;
import de.consortium.domain.support.CanonicalSets;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A partner's project lead records a council resolution as the council paper (Sitzungsvorlage) shows it: its
 * reference (e.g. {@code 14-20 / V 18416}), the deciding body and session, the subjects and the outcome, and, where
 * the partner keeps it, the paper itself as a document ({@code paperDocument}, its SHA-256); imported from the
 * council's information system, where that keeps it ({@code councilRecord}).
 */
public record PassCouncilResolution(
        @TargetAggregateIdentifier PartnerId partnerId,
        String paperReference,
        String title,
        String body,
        LocalDate sessionDate,
        boolean publicSession,
        Set<ResolutionSubject> subjects,
        ResolutionOutcome outcome,
        Votes votes,
        List<String> motionsAnswered,
        String paperDocument,
        CouncilRecord councilRecord) implements DatedCommand {

    public PassCouncilResolution {
        Objects.requireNonNull(partnerId, "partnerId");
        Objects.requireNonNull(paperReference, "paperReference");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(sessionDate, "sessionDate");
        Objects.requireNonNull(outcome, "outcome");
        subjects = CanonicalSets.of(Objects.requireNonNull(subjects, "subjects"));
        if (subjects.isEmpty()) {
            throw new IllegalArgumentException("a council resolution decides on at least one subject");
        }
        motionsAnswered = motionsAnswered == null ? List.of() : List.copyOf(motionsAnswered);
        if (paperDocument != null) {
            ContentHash.checked(paperDocument);
        }
    }

    @Override
    public WorldDate worldDate() {
        return new WorldDate("The session date", sessionDate);
    }
}
