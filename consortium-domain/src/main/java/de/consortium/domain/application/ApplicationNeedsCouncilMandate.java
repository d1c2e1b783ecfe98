package de.consortium.domain.application;

import de.consortium.domain.resolution.CouncilResolutions;
import de.consortium.domain.resolution.RequiredResolutions;
import de.consortium.domain.resolution.ResolutionSubject;
import de.consortium.domain.rules.Rule;
import de.consortium.domain.rules.RuleViolation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Rule R3.1 (docs/domain.md): applying requires the council's adopted resolution approving the application and
 * declaring that the city finances its own share (Ratsbeschluss), both passed no later than the day of application. A
 * rejected, deferred or merely noted resolution does not count.
 */
public final class ApplicationNeedsCouncilMandate {

    private ApplicationNeedsCouncilMandate() {
    }

    /** Returns the paper references of the resolutions that give the mandate. */
    public static List<String> check(CouncilResolutions resolutions, LocalDate submittedOn) {
        List<String> papers = new ArrayList<>();
        for (ResolutionSubject subject : RequiredResolutions.MANDATE) {
            CouncilResolutions.Adoption resolution = resolutions.adopting(subject, submittedOn)
                    .orElseThrow(() -> new RuleViolation(Rule.APPLICATION_NEEDS_COUNCIL_MANDATE, "No adopted council"
                            + " resolution " + subject.description() + " was passed by " + submittedOn
                            + "; the application needs one."));
            papers.add(resolution.paperReference());
        }
        return papers.stream().distinct().toList();
    }
}
