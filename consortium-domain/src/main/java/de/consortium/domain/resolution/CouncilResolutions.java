package de.consortium.domain.resolution;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import de.consortium.domain.rules.RuleViolation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The council resolutions a partner has recorded, in the order they were recorded. */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
public final class CouncilResolutions {

    private final List<CouncilResolutionPassed> resolutions = new ArrayList<>();

    /** The same paper's decision in the same session of the same body is recorded once. */
    public void checkNotYetRecorded(PassCouncilResolution command) {
        boolean recorded = resolutions.stream().anyMatch(r -> r.paperReference().equals(command.paperReference())
                && r.body().equals(command.body()) && r.sessionDate().equals(command.sessionDate()));
        if (recorded) {
            throw new RuleViolation("resolution-recorded-once", "The decision of " + command.body() + " on paper "
                    + command.paperReference() + " in its session of " + command.sessionDate()
                    + " is already recorded.");
        }
    }

    public void add(CouncilResolutionPassed resolution) {
        resolutions.add(resolution);
    }

    /** The earliest adopted resolution on the subject whose session was on or before the given day. */
    public Optional<CouncilResolutionPassed> adopting(ResolutionSubject subject, LocalDate onOrBefore) {
        return resolutions.stream()
                .filter(r -> r.adopts(subject) && !r.sessionDate().isAfter(onOrBefore))
                .min((a, b) -> a.sessionDate().compareTo(b.sessionDate()));
    }
}
