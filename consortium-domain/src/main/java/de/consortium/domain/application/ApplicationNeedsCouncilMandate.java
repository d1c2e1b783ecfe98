package de.consortium.domain.application;

import de.consortium.domain.resolution.CouncilResolutionPassed;
import de.consortium.domain.resolution.CouncilResolutions;
import de.consortium.domain.resolution.ResolutionSubject;
import de.consortium.domain.rules.RuleViolation;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

/**
 * Programme rule 3: applying requires the council's adopted resolution approving the application and declaring
 * that the city finances its own share (Ratsbeschluss), both passed no later than the day of application. A
 * rejected, deferred or merely noted resolution does not count.
 */
public final class ApplicationNeedsCouncilMandate {

    private ApplicationNeedsCouncilMandate() {
    }

    /** Returns the paper references of the resolutions that give the mandate. */
    public static List<String> check(CouncilResolutions resolutions, LocalDate submittedOn) {
        CouncilResolutionPassed approval = resolutions.adopting(ResolutionSubject.APPLICATION_APPROVAL, submittedOn)
                .orElseThrow(() -> missing("approving the application", submittedOn));
        CouncilResolutionPassed ownShare = resolutions.adopting(ResolutionSubject.OWN_SHARE_FINANCING, submittedOn)
                .orElseThrow(() -> missing("financing the own share", submittedOn));
        return Stream.of(approval.paperReference(), ownShare.paperReference()).distinct().toList();
    }

    private static RuleViolation missing(String what, LocalDate submittedOn) {
        return new RuleViolation("application-needs-council-mandate", "No adopted council resolution "
                + what + " was passed by " + submittedOn + "; the application needs one.");
    }
}
