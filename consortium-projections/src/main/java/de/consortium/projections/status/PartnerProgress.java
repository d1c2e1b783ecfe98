package de.consortium.projections.status;

import de.consortium.domain.costplan.Phase;
import de.consortium.domain.proofofuse.ProofOfUseDeadline;
import de.consortium.domain.resolution.RequiredResolutions;
import de.consortium.domain.resolution.ResolutionSubject;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** A row of the status read model, and what follows from it: stage, missing prerequisites, next deadlines. */
record PartnerProgress(String projectId, String partnerCode, String name, String municipalKey, boolean leadPartner,
                       LocalDate applicationDeadline, LocalDate costPlanSetOn, String applicationApprovedBy,
                       String ownShareFinancedBy, LocalDate applicationSubmittedOn, LocalDate grantDecidedOn,
                       Boolean grantAwarded, long version, boolean hasPhaseA, boolean hasPhaseB,
                       String strategyAdoptedBy, LocalDate proofAAcceptedOn, LocalDate proofBAcceptedOn) {

    PartnerStage stage() {
        if (grantDecidedOn != null) {
            return Boolean.TRUE.equals(grantAwarded) ? PartnerStage.FUNDED : PartnerStage.REFUSED;
        }
        return applicationSubmittedOn != null ? PartnerStage.APPLIED : PartnerStage.JOINED;
    }

    /** What the partner lacks for its next step, the resolutions as the domain requires them. */
    List<String> missingPrerequisites() {
        List<String> missing = new ArrayList<>();
        switch (stage()) {
            case JOINED -> {
                if (costPlanSetOn == null) {
                    missing.add("cost and financing plan missing");
                }
                missing.addAll(missingResolutions(RequiredResolutions.toApply(hasPhaseA, hasPhaseB)));
            }
            case APPLIED -> missing.add("grant decision of the funder pending");
            case FUNDED -> missing.addAll(missingResolutions(RequiredResolutions.toDrawDown(hasPhaseB)));
            case REFUSED -> {
                // nothing follows a refusal
            }
        }
        return missing;
    }

    private List<String> missingResolutions(List<ResolutionSubject> required) {
        return required.stream().filter(subject -> adoptingPaper(subject) == null)
                .map(subject -> "council resolution " + subject.description() + " missing").toList();
    }

    /** The paper of the adopted resolution on a subject, as this model keeps them. */
    private String adoptingPaper(ResolutionSubject subject) {
        return switch (subject) {
            case APPLICATION_APPROVAL -> applicationApprovedBy;
            case OWN_SHARE_FINANCING -> ownShareFinancedBy;
            case STRATEGY_ADOPTION -> strategyAdoptedBy;
            case BUDGET_CHANGE, OTHER -> null;
        };
    }

    List<Deadline> nextDeadlines(List<Deadline> payouts) {
        List<Deadline> deadlines = new ArrayList<>();
        if (stage() == PartnerStage.JOINED) {
            deadlines.add(new Deadline("application to be submitted", applicationDeadline));
        }
        if (stage() == PartnerStage.FUNDED) {
            proofOfUseDue(Phase.A, hasPhaseA, proofAAcceptedOn).ifPresent(deadlines::add);
            proofOfUseDue(Phase.B, hasPhaseB, proofBAcceptedOn).ifPresent(deadlines::add);
        }
        deadlines.addAll(payouts);
        deadlines.sort(Comparator.comparing(Deadline::date));
        return deadlines;
    }

    private Optional<Deadline> proofOfUseDue(Phase phase, boolean planned, LocalDate acceptedOn) {
        return planned && acceptedOn == null
                ? Optional.of(new Deadline("proof of use of phase " + phase + " due",
                ProofOfUseDeadline.dueBy(phase, grantDecidedOn)))
                : Optional.empty();
    }

    PartnerStatus toStatus(List<Deadline> payouts) {
        return new PartnerStatus(partnerCode, name, municipalKey, leadPartner, stage(), missingPrerequisites(),
                nextDeadlines(payouts), version);
    }
}
