package de.consortium.domain.partner;

import de.consortium.domain.project.PartnerId;
import de.consortium.domain.application.ApplicationDeadline;
import de.consortium.domain.application.ApplicationNeedsCouncilMandate;
import de.consortium.domain.application.ApplicationSubmitted;
import de.consortium.domain.application.StraightToPhaseBNeedsStrategy;
import de.consortium.domain.application.SubmitApplication;
import de.consortium.domain.costplan.CostPlan;
import de.consortium.domain.costplan.CostPlanSet;
import de.consortium.domain.costplan.SetCostPlan;
import de.consortium.domain.costplan.ExternalConsultantsLimit;
import de.consortium.domain.costplan.Phase;
import de.consortium.domain.disbursement.FinalInstallmentAfterProofOfUse;
import de.consortium.domain.disbursement.FinalInstallmentClosesPhase;
import de.consortium.domain.disbursement.FirstPayoutNotBefore;
import de.consortium.domain.disbursement.PhaseBNeedsStrategy;
import de.consortium.domain.disbursement.PhaseBegin;
import de.consortium.domain.disbursement.SixMonthRhythm;
import de.consortium.domain.proofofuse.AcceptProofOfUse;
import de.consortium.domain.proofofuse.ObjectToProofOfUse;
import de.consortium.domain.proofofuse.ProofOfUseAccepted;
import de.consortium.domain.proofofuse.ProofOfUseComplete;
import de.consortium.domain.proofofuse.ProofOfUseObjected;
import de.consortium.domain.proofofuse.ProofOfUseSubmitted;
import de.consortium.domain.proofofuse.ProofsOfUse;
import de.consortium.domain.proofofuse.SubmitProofOfUse;
import de.consortium.domain.repayment.BaseRates;
import de.consortium.domain.repayment.ClaimRepayment;
import de.consortium.domain.repayment.InterestPeriod;
import de.consortium.domain.repayment.RepaymentClaimed;
import de.consortium.domain.repayment.RepaymentInterest;
import de.consortium.domain.disbursement.ApproveDisbursement;
import de.consortium.domain.disbursement.CostsIncurredByRequestDate;
import de.consortium.domain.disbursement.Disbursement;
import de.consortium.domain.disbursement.DisbursementApproved;
import de.consortium.domain.disbursement.DisbursementPaid;
import de.consortium.domain.disbursement.DisbursementRejected;
import de.consortium.domain.disbursement.DisbursementRequested;
import de.consortium.domain.disbursement.DisbursementStatus;
import de.consortium.domain.disbursement.DisbursementWithinGrant;
import de.consortium.domain.disbursement.Disbursements;
import de.consortium.domain.disbursement.IncurredCost;
import de.consortium.domain.disbursement.PayDisbursement;
import de.consortium.domain.disbursement.PayoutAtMonthEndTwoWeeksAhead;
import de.consortium.domain.disbursement.RejectDisbursement;
import de.consortium.domain.disbursement.RequestDisbursement;
import de.consortium.domain.grant.GrantAwarded;
import de.consortium.domain.grant.GrantRefused;
import de.consortium.domain.grant.GrantWithinApplication;
import de.consortium.domain.grant.RecordGrantDecision;
import de.consortium.domain.money.Money;
import de.consortium.domain.project.ProjectTerms;
import de.consortium.domain.project.ProjectTermsLookup;
import de.consortium.domain.project.RunningTime;
import de.consortium.domain.resolution.CouncilResolutionPassed;
import de.consortium.domain.resolution.CouncilResolutions;
import de.consortium.domain.resolution.PassCouncilResolution;
import de.consortium.domain.rules.ActingPrincipal;
import de.consortium.domain.rules.Chronology;
import de.consortium.domain.rules.Rule;
import de.consortium.domain.rules.RuleViolation;
import de.consortium.domain.rules.VersionMismatch;
import com.fasterxml.jackson.annotation.JsonAutoDetect;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.modelling.command.CommandHandlerInterceptor;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.serialization.Revision;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * One city in one joint project: its cost plan, council resolutions, application, grant and disbursements. Every
 * command a city's project lead (or the funder, about that city) issues lands here, so cities never contend.
 * Handlers check the programme's rules, then apply; event sourcing handlers only set state. Its fields are its
 * snapshot (JSON, taken every few events as configured), hence read by field. The revision names the
 * snapshot's layout: snapshots of another revision are passed over and the partner is loaded from its events.
 */
@Revision("2")
@Aggregate(snapshotTriggerDefinition = Partner.SNAPSHOT_TRIGGER, cache = Partner.CACHE)
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
public class Partner {

    /** The name of the snapshot trigger the application defines for partners. */
    public static final String SNAPSHOT_TRIGGER = "partnerSnapshotTrigger";
    /** The name of the cache the application defines for partners (a no-op cache where it may not cache). */
    public static final String CACHE = "partnerCache";

    @AggregateIdentifier
    private PartnerId partnerId;
    private LocalDate applicationDeadline;
    private RunningTime runningTime;
    private CostPlan costPlan;
    private final CouncilResolutions resolutions = new CouncilResolutions();
    private LocalDate applicationSubmittedOn;
    private Money grantApplied;
    private LocalDate grantDecidedOn;
    private Money granted;
    private final Disbursements disbursements = new Disbursements();
    private final ProofsOfUse proofsOfUse = new ProofsOfUse();
    private final Set<String> repaymentClaims = new HashSet<>();

    protected Partner() {
        // for event sourcing
    }

    @CommandHandler
    public Partner(JoinConsortium command, ProjectTermsLookup projects) {
        ProjectTerms terms = projects.termsOf(command.partnerId().projectId());
        apply(new PartnerJoinedConsortium(command.partnerId(), command.name(), command.municipalKey(),
                terms.leadPartner().equals(command.partnerId().partnerCode()), terms.applicationDeadline(),
                terms.runningTime(), command.joinedOn()));
    }

    /**
     * Every command on an existing partner is refused if the client expects another version than the current one
     * (If-Match), and answers with the aggregate's version after it.
     */
    @CommandHandlerInterceptor
    Long versioned(InterceptorChain chain, @MetaDataValue(ActingPrincipal.EXPECTED_VERSION) Long expectedVersion)
            throws Exception {
        Long current = AggregateLifecycle.getVersion();
        if (expectedVersion != null && !expectedVersion.equals(current)) {
            throw new VersionMismatch(expectedVersion, current == null ? -1 : current);
        }
        chain.proceed();
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    void handle(SetCostPlan command) {
        if (applicationSubmittedOn != null) {
            throw new RuleViolation(Rule.COST_PLAN_FIXED_ONCE_APPLIED, "The cost plan went in with the application of "
                    + applicationSubmittedOn + " and can no longer be changed.");
        }
        CostPlan plan = CostPlan.within(runningTime, command);
        apply(new CostPlanSet(partnerId, plan.fundingRate(), plan.thirdPartyFunds(), command.thirdPartyFunds(),
                plan.lines(), plan.years(), plan.eligibleCosts(), plan.grant(), plan.ownShare(),
                command.decidedOn()));
    }

    @CommandHandler
    void handle(PassCouncilResolution command) {
        resolutions.checkNotYetRecorded(command);
        apply(new CouncilResolutionPassed(partnerId, command.paperReference(), command.title(), command.body(),
                command.sessionDate(), command.publicSession(), command.subjects(), command.outcome(),
                command.votes(), command.motionsAnswered()));
    }

    @CommandHandler
    void handle(SubmitApplication command) {
        if (applicationSubmittedOn != null) {
            throw new RuleViolation(Rule.APPLICATION_SUBMITTED_ONCE, "This partner's application was already submitted"
                    + " on " + applicationSubmittedOn + ".");
        }
        if (costPlan == null) {
            throw new RuleViolation(Rule.APPLICATION_NEEDS_COST_PLAN, "The application needs the partner's cost and"
                    + " financing plan; none is set yet.");
        }
        ApplicationDeadline.check(command.submittedOn(), applicationDeadline);
        List<String> mandate = ApplicationNeedsCouncilMandate.check(resolutions, command.submittedOn());
        StraightToPhaseBNeedsStrategy.check(costPlan, resolutions, command.submittedOn());
        apply(new ApplicationSubmitted(partnerId, command.submittedOn(), costPlan.eligibleCosts(), costPlan.grant(),
                mandate));
    }

    @CommandHandler
    void handle(RecordGrantDecision command) {
        if (applicationSubmittedOn == null) {
            throw new RuleViolation(Rule.GRANT_NEEDS_APPLICATION, "No application of this partner has been submitted"
                    + " to decide on.");
        }
        if (grantDecidedOn != null) {
            throw new RuleViolation(Rule.GRANT_DECIDED_ONCE, "The funder already decided on this partner's application"
                    + " on " + grantDecidedOn + ".");
        }
        Chronology.notBefore("The grant decision", command.decidedOn(), "the application", applicationSubmittedOn);
        if (command.awarded()) {
            GrantWithinApplication.check(command.grantAmount(), grantApplied);
            apply(new GrantAwarded(partnerId, command.decidedOn(), command.grantAmount(), command.reference()));
        } else {
            apply(new GrantRefused(partnerId, command.decidedOn(), command.reference()));
        }
    }

    @CommandHandler
    void handle(RequestDisbursement command) {
        if (granted == null) {
            throw new RuleViolation(Rule.DISBURSEMENT_NEEDS_GRANT, "No grant has been awarded to this partner, so"
                    + " nothing can be disbursed.");
        }
        Chronology.notBefore("The request", command.requestedOn(), "the grant decision", grantDecidedOn);
        disbursements.checkNew(command.requestId());
        Phase phase = command.phase();
        if (!costPlan.has(phase)) {
            throw new RuleViolation(Rule.REQUEST_IN_PLANNED_PHASE, "The cost plan has no phase " + phase + ".");
        }
        CostsIncurredByRequestDate.check(command);
        PayoutAtMonthEndTwoWeeksAhead.check(command.payoutDate(), command.requestedOn());
        List<Disbursement> standingOfPhase = disbursements.standing(phase);
        FinalInstallmentClosesPhase.check(phase, standingOfPhase);
        SixMonthRhythm.check(command, disbursements.standing());
        if (standingOfPhase.isEmpty()) {
            FirstPayoutNotBefore.check(phase, PhaseBegin.of(phase, grantDecidedOn, runningTime.start(),
                    costPlan.has(Phase.A), disbursements.finalInstallmentPaid(Phase.A)), command.payoutDate());
        }
        if (phase == Phase.B) {
            PhaseBNeedsStrategy.check(resolutions, command.requestedOn());
        }
        ExternalConsultantsLimit.check("This request", positions(command.costs().stream()));
        ExternalConsultantsLimit.check("All standing requests with this one", positions(Stream.concat(
                disbursements.standing().stream().flatMap(d -> d.costs().stream()), command.costs().stream())));
        Money eligibleCosts = command.costs().stream().map(IncurredCost::amount).reduce(Money.ZERO, Money::plus);
        Money grantAmount = costPlan.fundingRate().grantFor(eligibleCosts);
        DisbursementWithinGrant.check(grantAmount, granted, disbursements.drawn());
        apply(new DisbursementRequested(partnerId, command.requestId(), command.requestedOn(), command.periodStart(),
                command.periodEnd(), command.payoutDate(), phase, command.finalInstallment(), command.costs(),
                eligibleCosts, grantAmount));
    }

    private static List<ExternalConsultantsLimit.Position> positions(Stream<IncurredCost> costs) {
        return costs.map(cost -> new ExternalConsultantsLimit.Position(cost.costLine(), cost.amount())).toList();
    }

    @CommandHandler
    void handle(ApproveDisbursement command, @MetaDataValue(ActingPrincipal.PRINCIPAL) String approver) {
        Disbursement disbursement = disbursements.get(command.requestId());
        disbursement.checkDecidable("approval", command.approvedOn());
        apply(new DisbursementApproved(partnerId, command.requestId(), command.approvedOn(),
                disbursement.grantAmount(), approver));
    }

    @CommandHandler
    void handle(RejectDisbursement command) {
        Disbursement disbursement = disbursements.get(command.requestId());
        disbursement.checkDecidable("rejection", command.rejectedOn());
        apply(new DisbursementRejected(partnerId, command.requestId(), command.rejectedOn(),
                disbursement.grantAmount(), command.reason()));
    }

    @CommandHandler
    void handle(PayDisbursement command, @MetaDataValue(ActingPrincipal.PRINCIPAL) String payer) {
        Disbursement disbursement = disbursements.get(command.requestId());
        disbursement.checkPayable(command.paidOn(), payer);
        FinalInstallmentAfterProofOfUse.check(disbursement, proofsOfUse);
        apply(new DisbursementPaid(partnerId, command.requestId(), command.paidOn(), disbursement.grantAmount(),
                payer));
    }

    @CommandHandler
    void handle(SubmitProofOfUse command) {
        if (granted == null) {
            throw new RuleViolation(Rule.PROOF_OF_USE_NEEDS_GRANT, "No grant has been awarded to this partner, so there"
                    + " is no use of it to prove.");
        }
        if (!costPlan.has(command.phase())) {
            throw new RuleViolation(Rule.PROOF_OF_USE_FOR_PLANNED_PHASE, "The cost plan has no phase "
                    + command.phase() + ".");
        }
        Chronology.notBefore("The proof of use", command.submittedOn(), "the grant decision", grantDecidedOn);
        proofsOfUse.checkSubmittable(command.proofId(), command.phase());
        ProofOfUseComplete.check(command.phase(), command.documents());
        apply(new ProofOfUseSubmitted(partnerId, command.proofId(), command.phase(), command.submittedOn(),
                command.documents()));
    }

    @CommandHandler
    void handle(AcceptProofOfUse command) {
        Phase phase = proofsOfUse.checkDecidable(command.proofId(), command.acceptedOn());
        apply(new ProofOfUseAccepted(partnerId, command.proofId(), phase, command.acceptedOn()));
    }

    @CommandHandler
    void handle(ObjectToProofOfUse command) {
        Phase phase = proofsOfUse.checkDecidable(command.proofId(), command.objectedOn());
        apply(new ProofOfUseObjected(partnerId, command.proofId(), phase, command.objectedOn(),
                command.objections()));
    }

    @CommandHandler
    void handle(ClaimRepayment command, BaseRates baseRates) {
        if (repaymentClaims.contains(command.claimId())) {
            throw new RuleViolation(Rule.CLAIM_ID_UNIQUE, "A repayment claim " + command.claimId() + " exists already.");
        }
        LocalDate paidOn = disbursements.get(command.requestId()).checkReclaimable(command.amount(),
                command.claimedOn());
        List<InterestPeriod> interest = RepaymentInterest.periods(command.amount(), paidOn, command.claimedOn(),
                baseRates);
        apply(new RepaymentClaimed(partnerId, command.claimId(), command.claimedOn(), command.requestId(),
                command.amount(), interest, RepaymentInterest.total(interest), command.reason()));
    }

    @EventSourcingHandler
    void on(PartnerJoinedConsortium event) {
        partnerId = event.partnerId();
        applicationDeadline = event.applicationDeadline();
        runningTime = event.runningTime();
    }

    @EventSourcingHandler
    void on(CostPlanSet event) {
        costPlan = new CostPlan(event.fundingRate(), event.thirdPartyFunds(), event.lines());
    }

    @EventSourcingHandler
    void on(CouncilResolutionPassed event) {
        resolutions.add(event);
    }

    @EventSourcingHandler
    void on(ApplicationSubmitted event) {
        applicationSubmittedOn = event.submittedOn();
        grantApplied = event.grantApplied();
    }

    @EventSourcingHandler
    void on(GrantAwarded event) {
        grantDecidedOn = event.decidedOn();
        granted = event.grantAmount();
    }

    @EventSourcingHandler
    void on(GrantRefused event) {
        grantDecidedOn = event.decidedOn();
    }

    @EventSourcingHandler
    void on(DisbursementRequested event) {
        disbursements.requested(event);
    }

    @EventSourcingHandler
    void on(DisbursementApproved event) {
        disbursements.approved(event.requestId(), event.approvedBy(), event.approvedOn());
    }

    @EventSourcingHandler
    void on(DisbursementRejected event) {
        disbursements.moved(event.requestId(), DisbursementStatus.REJECTED, event.rejectedOn());
    }

    @EventSourcingHandler
    void on(DisbursementPaid event) {
        disbursements.moved(event.requestId(), DisbursementStatus.PAID, event.paidOn());
    }

    @EventSourcingHandler
    void on(ProofOfUseSubmitted event) {
        proofsOfUse.submitted(event);
    }

    @EventSourcingHandler
    void on(ProofOfUseAccepted event) {
        proofsOfUse.decided(event.proofId(), true);
    }

    @EventSourcingHandler
    void on(ProofOfUseObjected event) {
        proofsOfUse.decided(event.proofId(), false);
    }

    @EventSourcingHandler
    void on(RepaymentClaimed event) {
        repaymentClaims.add(event.claimId());
        disbursements.reclaimed(event.requestId(), event.principal());
    }
}
