package de.consortium.projections.resolution;

import org.springframework.lang.Nullable;
import de.consortium.domain.resolution.ResolutionOutcome;
import de.consortium.domain.resolution.ResolutionSubject;

import java.time.LocalDate;

/** A resolution the programme requires of a partner, and the latest decision on it (if any). */
public record RequiredResolution(ResolutionSubject subject, RequirementState state,
                                 @Nullable String paperReference, @Nullable LocalDate sessionDate,
                                 @Nullable ResolutionOutcome outcome) {
}
