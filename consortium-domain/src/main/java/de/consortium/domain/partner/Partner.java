package de.consortium.domain.partner;

import de.consortium.domain.application.ApplicationSubmitted;
import de.consortium.domain.application.SubmitApplication;
import de.consortium.domain.application.SubmitApplicationRules;
import de.consortium.domain.costplan.CostPlan;
import de.consortium.domain.costplan.CostPlanSet;
import de.consortium.domain.costplan.SetCostPlan;
import de.consortium.domain.costplan.SetCostPlanRules;
import de.consortium.domain.disbursement.ApproveDisbursement;
import de.consortium.domain.disbursement.ApproveDisbursementRules;
import de.consortium.domain.disbursement.DisbursementApproved;
import de.consortium.domain.disbursement.DisbursementPaid;
import de.consortium.domain.disbursement.DisbursementRejected;
import de.consortium.domain.disbursement.DisbursementRequested;
import de.consortium.domain.disbursement.DisbursementStatus;
import de.consortium.domain.disbursement.Disbursements;
import de.consortium.domain.disbursement.PayDisbursement;
import de.consortium.domain.disbursement.PayDisbursementRules;
import de.consortium.domain.disbursement.RejectDisbursement;
import de.consortium.domain.disbursement.RejectDisbursementRules;
import de.consortium.domain.disbursement.RequestDisbursement;
import de.consortium.domain.disbursement.RequestDisbursementRules;
import de.consortium.domain.document.DeleteDocument;
import de.consortium.domain.document.DeleteDocumentRules;
import de.consortium.domain.document.DocumentDeleted;
import de.consortium.domain.document.DocumentRecorded;
import de.consortium.domain.document.Documents;
import de.consortium.domain.document.RecordDocument;
import de.consortium.domain.document.RecordDocumentRules;
import de.consortium.domain.grant.GrantAwarded;
import de.consortium.domain.grant.GrantRefused;
import de.consortium.domain.grant.RecordGrantDecision;
import de.consortium.domain.grant.RecordGrantDecisionRules;
import de.consortium.domain.money.Money;
import de.consortium.domain.project.PartnerId;
import de.consortium.domain.project.ProjectTerms;
import de.consortium.domain.project.ProjectTermsLookup;
import de.consortium.domain.project.RunningTime;
import de.consortium.domain.proofofuse.AcceptProofOfUse;
import de.consortium.domain.proofofuse.AcceptProofOfUseRules;
import de.consortium.domain.proofofuse.ObjectToProofOfUse;
import de.consortium.domain.proofofuse.ObjectToProofOfUseRules;
import de.consortium.domain.proofofuse.ProofOfUseAccepted;
import de.consortium.domain.proofofuse.ProofOfUseObjected;
import de.consortium.domain.proofofuse.ProofOfUseSubmitted;
import de.consortium.domain.proofofuse.ProofsOfUse;
import de.consortium.domain.proofofuse.SubmitProofOfUse;
import de.consortium.domain.proofofuse.SubmitProofOfUseRules;
import de.consortium.domain.repayment.BaseRates;
import de.consortium.domain.repayment.ClaimRepayment;
import de.consortium.domain.repayment.ClaimRepaymentRules;
import de.consortium.domain.repayment.RepaymentClaimed;
import de.consortium.domain.resolution.CouncilResolutionPassed;
import de.consortium.domain.resolution.CouncilResolutions;
import de.consortium.domain.resolution.PassCouncilResolution;
import de.consortium.domain.resolution.PassCouncilResolutionRules;
import de.consortium.domain.rules.ActingPrincipal;
import de.consortium.domain.rules.VersionMismatch;
import com.fasterxml.jackson.annotation.JsonAutoDetect;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.modelling.command.CommandHandlerInterceptor;
import org.axonframework.serialization.Revision;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * One city in one joint project: its cost plan, council resolutions, application, grant, disbursements, proofs of
 * use and the documents it keeps. Every
 * command a city's project lead (or the funder, about that city) issues lands here, so cities never contend.
 * The partner holds the state and routes: each command goes to the {@code <Command>Rules} class of its feature
 * package, which checks the programme's rules in order and returns the event to apply; event sourcing handlers only
 * set state. Its fields are its
 * snapshot (JSON, taken every few events as configured), hence read by field. The revision names the
 * snapshot's layout: snapshots of another revision are passed over and the partner is loaded from its events.
 */
@Revision("3")
@Aggregate(repository = Partner.REPOSITORY)
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
public class Partner {

    /** The name of the repository the application defines for partners: snapshots and, where allowed, a cache. */
    public static final String REPOSITORY = "partnerRepository";
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
    private final Documents documents = new Documents();

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
        apply(SetCostPlanRules.decide(command, partnerId, runningTime, applicationSubmittedOn));
    }

    @CommandHandler
    void handle(PassCouncilResolution command) {
        apply(PassCouncilResolutionRules.decide(command, partnerId, resolutions, documents));
    }

    @CommandHandler
    void handle(SubmitApplication command) {
        apply(SubmitApplicationRules.decide(command, partnerId, applicationSubmittedOn, costPlan, applicationDeadline,
                resolutions));
    }

    @CommandHandler
    void handle(RecordGrantDecision command) {
        apply(RecordGrantDecisionRules.decide(command, partnerId, applicationSubmittedOn, grantApplied,
                grantDecidedOn));
    }

    @CommandHandler
    void handle(RequestDisbursement command) {
        apply(RequestDisbursementRules.decide(command, partnerId, granted, grantDecidedOn, costPlan, runningTime,
                resolutions, disbursements));
    }

    @CommandHandler
    void handle(ApproveDisbursement command, @MetaDataValue(ActingPrincipal.PRINCIPAL) String approver) {
        apply(ApproveDisbursementRules.decide(command, partnerId, approver, disbursements));
    }

    @CommandHandler
    void handle(RejectDisbursement command) {
        apply(RejectDisbursementRules.decide(command, partnerId, disbursements));
    }

    @CommandHandler
    void handle(PayDisbursement command, @MetaDataValue(ActingPrincipal.PRINCIPAL) String payer) {
        apply(PayDisbursementRules.decide(command, partnerId, payer, disbursements, proofsOfUse));
    }

    @CommandHandler
    void handle(SubmitProofOfUse command) {
        apply(SubmitProofOfUseRules.decide(command, partnerId, granted, grantDecidedOn, costPlan, proofsOfUse,
                documents));
    }

    @CommandHandler
    void handle(AcceptProofOfUse command) {
        apply(AcceptProofOfUseRules.decide(command, partnerId, proofsOfUse));
    }

    @CommandHandler
    void handle(ObjectToProofOfUse command) {
        apply(ObjectToProofOfUseRules.decide(command, partnerId, proofsOfUse));
    }

    @CommandHandler
    void handle(RecordDocument command) {
        apply(RecordDocumentRules.decide(command, partnerId, documents));
    }

    @CommandHandler
    void handle(DeleteDocument command) {
        apply(DeleteDocumentRules.decide(command, partnerId, documents, proofsOfUse));
    }

    @CommandHandler
    void handle(ClaimRepayment command, BaseRates baseRates) {
        apply(ClaimRepaymentRules.decide(command, partnerId, repaymentClaims, disbursements, baseRates));
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
    void on(DocumentRecorded event) {
        documents.recorded(event.sha256());
    }

    @EventSourcingHandler
    void on(DocumentDeleted event) {
        documents.deleted(event.sha256());
    }

    @EventSourcingHandler
    void on(RepaymentClaimed event) {
        repaymentClaims.add(event.claimId());
        disbursements.reclaimed(event.requestId(), event.principal());
    }
}
