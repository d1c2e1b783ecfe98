package de.consortium.domain.resolution;

import de.consortium.domain.project.PartnerId;

/** What recording a council resolution checks: only that the paper is not recorded yet. */
public final class PassCouncilResolutionRules {

    private PassCouncilResolutionRules() {
    }

    public static CouncilResolutionPassed decide(PassCouncilResolution command, PartnerId partnerId,
                                                 CouncilResolutions resolutions) {
        resolutions.checkNotYetRecorded(command);
        return new CouncilResolutionPassed(partnerId, command.paperReference(), command.title(), command.body(),
                command.sessionDate(), command.publicSession(), command.subjects(), command.outcome(),
                command.votes(), command.motionsAnswered());
    }
}
