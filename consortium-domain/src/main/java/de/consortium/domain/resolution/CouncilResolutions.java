package de.consortium.domain.resolution;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import de.consortium.domain.rules.Rule;
import de.consortium.domain.rules.RuleViolation;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What the programme's rules need to know of a partner's council resolutions: which decisions are recorded, and per
 * subject the earliest adopting resolution. Kept this small because it is part of every partner snapshot, and a
 * city passes resolutions for five years.
 */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
public final class CouncilResolutions {

    /** A recorded decision: the paper, the deciding body and its session. */
    record Decision(String paperReference, String body, LocalDate sessionDate) {
    }

    /** The resolution that adopted a subject. */
    public record Adoption(String paperReference, LocalDate sessionDate) {
    }

    private final Set<Decision> recorded = new HashSet<>();
    private final Map<ResolutionSubject, Adoption> earliestAdoptions = new EnumMap<>(ResolutionSubject.class);

    /** The same paper's decision in the same session of the same body is recorded once. */
    public void checkNotYetRecorded(PassCouncilResolution command) {
        if (recorded.contains(new Decision(command.paperReference(), command.body(), command.sessionDate()))) {
            throw new RuleViolation(Rule.RESOLUTION_RECORDED_ONCE, "The decision of " + command.body() + " on paper "
                    + command.paperReference() + " in its session of " + command.sessionDate()
                    + " is already recorded.");
        }
    }

    public void add(CouncilResolutionPassed resolution) {
        recorded.add(new Decision(resolution.paperReference(), resolution.body(), resolution.sessionDate()));
        Adoption adoption = new Adoption(resolution.paperReference(), resolution.sessionDate());
        for (ResolutionSubject subject : resolution.subjects()) {
            if (resolution.adopts(subject)) {
                // on the same day the resolution recorded first stays the earliest
                earliestAdoptions.merge(subject, adoption,
                        (known, later) -> later.sessionDate().isBefore(known.sessionDate()) ? later : known);
            }
        }
    }

    /** The earliest adopted resolution on the subject, if its session was on or before the given day. */
    public Optional<Adoption> adopting(ResolutionSubject subject, LocalDate onOrBefore) {
        return Optional.ofNullable(earliestAdoptions.get(subject))
                .filter(adoption -> !adoption.sessionDate().isAfter(onOrBefore));
    }
}
