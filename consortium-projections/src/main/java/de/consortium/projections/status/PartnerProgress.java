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

/** A row of the status read model, and what follows from it: stage, missing prerequisites, deadlines. */
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
    List<Prerequisite> missingPrerequisites() {
        List<Prerequisite> missing = new ArrayList<>();
        switch (stage()) {
            case JOINED -> {
                if (costPlanSetOn == null) {
                    missing.add(Prerequisite.costPlan());
                }
                missing.addAll(missingResolutions(RequiredResolutions.toApply(hasPhaseA, hasPhaseB)));
            }
            case APPLIED -> missing.add(Prerequisite.grantDecision());
            case FUNDED -> missing.addAll(missingResolutions(RequiredResolutions.toDrawDown(hasPhaseB)));
            case REFUSED -> {
                // nothing follows a refusal
            }
        }
        return missing;
    }

    private List<Prerequisite> missingResolutions(List<ResolutionSubject> required) {
        return required.stream().filter(subject -> adoptingPaper(subject) == null).map(Prerequisite::resolution)
                .toList();
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

    /** What the partner still has to do by a date: its application, or its proofs of use once funded. */
    List<Deadline> deadlines(List<OpenPayout> payouts, LocalDate today) {
        List<Deadline> deadlines = new ArrayList<>();
        if (stage() == PartnerStage.JOINED) {
            deadlines.add(Deadline.of(DeadlineKind.APPLICATION, "application to be submitted", applicationDeadline,
                    today, partnerCode, null, null));
        }
        if (stage() == PartnerStage.FUNDED) {
            proofOfUseDue(Phase.A, hasPhaseA, proofAAcceptedOn, today).ifPresent(deadlines::add);
            proofOfUseDue(Phase.B, hasPhaseB, proofBAcceptedOn, today).ifPresent(deadlines::add);
        }
        payouts.forEach(payout -> deadlines.add(Deadline.of(DeadlineKind.PAYOUT, "payout of disbursement "
                + payout.requestId(), payout.payoutDate(), today, partnerCode, payout.requestId(), null)));
        deadlines.sort(Comparator.comparing(Deadline::date));
        return deadlines;
    }

    /** Funded and a proof of use still to be accepted: the running time's end still matters to this partner. */
    boolean stillSpending() {
        return stage() == PartnerStage.FUNDED
                && (hasPhaseA && proofAAcceptedOn == null || hasPhaseB && proofBAcceptedOn == null);
    }

    private Optional<Deadline> proofOfUseDue(Phase phase, boolean planned, LocalDate acceptedOn, LocalDate today) {
        return planned && acceptedOn == null
                ? Optional.of(Deadline.of(DeadlineKind.PROOF_OF_USE, "proof of use of phase " + phase + " due",
                ProofOfUseDeadline.dueBy(phase, grantDecidedOn), today, partnerCode, null, phase))
                : Optional.empty();
    }

    PartnerStatus toStatus(List<OpenPayout> payouts, LocalDate today) {
        return new PartnerStatus(partnerCode, name, municipalKey, leadPartner, stage(), missingPrerequisites(),
                deadlines(payouts, today), version);
    }
}
