package de.consortium.domain.resolution;

import de.consortium.domain.document.Documents;
import de.consortium.domain.project.PartnerId;

/** What recording a council resolution checks: that the paper is not recorded yet, and its document is kept. */
public final class PassCouncilResolutionRules {

    private PassCouncilResolutionRules() {
    }

    public static CouncilResolutionPassed decide(PassCouncilResolution command, PartnerId partnerId,
                                                 CouncilResolutions resolutions, Documents documents) {
        resolutions.checkNotYetRecorded(command);
        if (command.paperDocument() != null) {
            documents.checkKept(command.paperDocument());
        }
        return new CouncilResolutionPassed(partnerId, command.paperReference(), command.title(), command.body(),
                command.sessionDate(), command.publicSession(), command.subjects(), command.outcome(),
                command.votes(), command.motionsAnswered(), command.paperDocument(),
                command.councilRecord());
    }
}
