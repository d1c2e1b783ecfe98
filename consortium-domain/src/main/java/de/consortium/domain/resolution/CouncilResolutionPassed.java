package de.consortium.domain.resolution;

import de.consortium.domain.project.PartnerId;
import de.consortium.domain.rules.HappenedOn;
import de.consortium.domain.support.CanonicalSets;
import org.axonframework.serialization.Revision;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * A council (or senate, or committee) decided on a paper; the outcome says whether it adopted the proposal. The
 * paper document, if the partner keeps it, is named by its SHA-256; the council record, where the resolution came
 * from the council's information system, says where that keeps it. Revision 2 added the paper document, revision 3
 * the council record; {@link de.consortium.domain.evolution.EventUpcasters} give earlier events none.
 */
@Revision("3")
public record CouncilResolutionPassed(
        PartnerId partnerId,
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
        CouncilRecord councilRecord) implements HappenedOn {

    /** The subjects in one defined order, so that the event serializes alike everywhere. */
    public CouncilResolutionPassed {
        subjects = CanonicalSets.of(subjects);
    }

    public boolean adopts(ResolutionSubject subject) {
        return outcome.isAdopted() && subjects.contains(subject);
    }

    @Override
    public LocalDate happenedOn() {
        return sessionDate;
    }
}
