package de.consortium.projections.status;

import de.consortium.domain.resolution.ResolutionSubject;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** A row of the status read model, and what follows from it: stage, missing prerequisites, next deadlines. */
record PartnerProgress(String projectId, String partnerCode, String name, String municipalKey, boolean leadPartner,
                       LocalDate applicationDeadline, LocalDate costPlanSetOn, String applicationApprovedBy,
                       String ownShareFinancedBy, LocalDate applicationSubmittedOn, LocalDate grantDecidedOn,
                       Boolean grantAwarded, long version) {

    PartnerStage stage() {
        if (grantDecidedOn != null) {
            return Boolean.TRUE.equals(grantAwarded) ? PartnerStage.FUNDED : PartnerStage.REFUSED;
        }
        return applicationSubmittedOn != null ? PartnerStage.APPLIED : PartnerStage.JOINED;
    }

    List<String> missingPrerequisites() {
        List<String> missing = new ArrayList<>();
        switch (stage()) {
            case JOINED -> {
                if (costPlanSetOn == null) {
                    missing.add("cost and financing plan missing");
                }
                if (applicationApprovedBy == null) {
                    missing.add(missingResolution(ResolutionSubject.APPLICATION_APPROVAL));
                }
                if (ownShareFinancedBy == null) {
                    missing.add(missingResolution(ResolutionSubject.OWN_SHARE_FINANCING));
                }
            }
            case APPLIED -> missing.add("grant decision of the funder pending");
            default -> {
                // funded or refused: nothing is missing for a next step of the application
            }
        }
        return missing;
    }

    private static String missingResolution(ResolutionSubject subject) {
        return "council resolution " + subject.description() + " missing";
    }

    List<Deadline> nextDeadlines(List<Deadline> payouts) {
        List<Deadline> deadlines = new ArrayList<>();
        if (stage() == PartnerStage.JOINED) {
            deadlines.add(new Deadline("application to be submitted", applicationDeadline));
        }
        deadlines.addAll(payouts);
        deadlines.sort(Comparator.comparing(Deadline::date));
        return deadlines;
    }

    PartnerStatus toStatus(List<Deadline> payouts) {
        return new PartnerStatus(partnerCode, name, municipalKey, leadPartner, stage(), missingPrerequisites(),
                nextDeadlines(payouts), version);
    }
}
