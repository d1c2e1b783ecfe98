package de.consortium.domain.partner;

import de.consortium.domain.application.ApplicationDeadline;
import de.consortium.domain.application.ApplicationNeedsCouncilMandate;
import de.consortium.domain.application.ApplicationSubmitted;
import de.consortium.domain.application.SubmitApplication;
import de.consortium.domain.costplan.CostPlan;
import de.consortium.domain.costplan.CostPlanSet;
import de.consortium.domain.costplan.SetCostPlan;
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
import de.consortium.domain.rules.Chronology;
import de.consortium.domain.rules.RuleViolation;
import de.consortium.domain.rules.WorldDateNotInFuture;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.modelling.command.CommandHandlerInterceptor;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * One city in one joint project: its cost plan, council resolutions, application, grant and disbursements. Every
 * command a city's project lead (or the funder, about that city) issues lands here, so cities never contend.
 * Handlers check the programme's rules, then apply; event sourcing handlers only set state.
 */
@Aggregate
public class Partner {

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

    protected Partner() {
        // for event sourcing
    }

    @CommandHandler
    public Partner(JoinConsortium command, ProjectTermsLookup projects, Clock clock) {
        WorldDateNotInFuture.check("The joining date", command.joinedOn(), clock);
        ProjectTerms terms = projects.termsOf(command.partnerId().projectId());
        apply(new PartnerJoinedConsortium(command.partnerId(), command.name(), command.municipalKey(),
                terms.leadPartner().equals(command.partnerId().partnerCode()), terms.applicationDeadline(),
                terms.runningTime(), command.joinedOn()));
    }

    /** Every command on an existing partner answers with the aggregate's version after it. */
    @CommandHandlerInterceptor
    Long answeringWithVersion(InterceptorChain chain) throws Exception {
        chain.proceed();
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    void handle(SetCostPlan command, Clock clock) {
        WorldDateNotInFuture.check("The cost plan's date", command.decidedOn(), clock);
        if (applicationSubmittedOn != null) {
            throw new RuleViolation("cost-plan-fixed-once-applied", "The cost plan went in with the application of "
                    + applicationSubmittedOn + " and can no longer be changed.");
        }
        CostPlan plan = CostPlan.within(runningTime, command);
        apply(new CostPlanSet(partnerId, plan.fundingRate(), plan.thirdPartyFunds(), plan.lines(), plan.years(),
                plan.eligibleCosts(), plan.grant(), plan.ownShare(), command.decidedOn()));
    }

    @CommandHandler
    void handle(PassCouncilResolution command, Clock clock) {
        WorldDateNotInFuture.check("The session date", command.sessionDate(), clock);
        resolutions.checkNotYetRecorded(command);
        apply(new CouncilResolutionPassed(partnerId, command.paperReference(), command.title(), command.body(),
                command.sessionDate(), command.publicSession(), command.subjects(), command.outcome(),
                command.votes(), command.motionsAnswered()));
    }

    @CommandHandler
    void handle(SubmitApplication command, Clock clock) {
        WorldDateNotInFuture.check("The application date", command.submittedOn(), clock);
        if (applicationSubmittedOn != null) {
            throw new RuleViolation("application-submitted-once", "This partner's application was already submitted"
                    + " on " + applicationSubmittedOn + ".");
        }
        if (costPlan == null) {
            throw new RuleViolation("application-needs-cost-plan", "The application needs the partner's cost and"
                    + " financing plan; none is set yet.");
        }
        ApplicationDeadline.check(command.submittedOn(), applicationDeadline);
        List<String> mandate = ApplicationNeedsCouncilMandate.check(resolutions, command.submittedOn());
        apply(new ApplicationSubmitted(partnerId, command.submittedOn(), costPlan.eligibleCosts(), costPlan.grant(),
                mandate));
    }

    @CommandHandler
    void handle(RecordGrantDecision command, Clock clock) {
        WorldDateNotInFuture.check("The grant decision", command.decidedOn(), clock);
        if (applicationSubmittedOn == null) {
            throw new RuleViolation("grant-needs-application", "No application of this partner has been submitted"
                    + " to decide on.");
        }
        if (grantDecidedOn != null) {
            throw new RuleViolation("grant-decided-once", "The funder already decided on this partner's application"
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
    void handle(RequestDisbursement command, Clock clock) {
        WorldDateNotInFuture.check("The request date", command.requestedOn(), clock);
        if (granted == null) {
            throw new RuleViolation("disbursement-needs-grant", "No grant has been awarded to this partner, so"
                    + " nothing can be disbursed.");
        }
        Chronology.notBefore("The request", command.requestedOn(), "the grant decision", grantDecidedOn);
        disbursements.checkNew(command.requestId());
        CostsIncurredByRequestDate.check(command);
        PayoutAtMonthEndTwoWeeksAhead.check(command.payoutDate(), command.requestedOn());
        Money eligibleCosts = command.costs().stream().map(IncurredCost::amount).reduce(Money.ZERO, Money::plus);
        Money grantAmount = costPlan.fundingRate().grantFor(eligibleCosts);
        DisbursementWithinGrant.check(grantAmount, granted, disbursements.drawn());
        apply(new DisbursementRequested(partnerId, command.requestId(), command.requestedOn(), command.periodStart(),
                command.periodEnd(), command.payoutDate(), command.costs(), eligibleCosts, grantAmount));
    }

    @CommandHandler
    void handle(ApproveDisbursement command, Clock clock) {
        WorldDateNotInFuture.check("The approval date", command.approvedOn(), clock);
        Disbursement disbursement = disbursements.get(command.requestId());
        disbursement.checkDecidable("approval", command.approvedOn());
        apply(new DisbursementApproved(partnerId, command.requestId(), command.approvedOn(),
                disbursement.grantAmount()));
    }

    @CommandHandler
    void handle(RejectDisbursement command, Clock clock) {
        WorldDateNotInFuture.check("The rejection date", command.rejectedOn(), clock);
        Disbursement disbursement = disbursements.get(command.requestId());
        disbursement.checkDecidable("rejection", command.rejectedOn());
        apply(new DisbursementRejected(partnerId, command.requestId(), command.rejectedOn(),
                disbursement.grantAmount(), command.reason()));
    }

    @CommandHandler
    void handle(PayDisbursement command, Clock clock) {
        WorldDateNotInFuture.check("The payment date", command.paidOn(), clock);
        Disbursement disbursement = disbursements.get(command.requestId());
        disbursement.checkPayable(command.paidOn());
        apply(new DisbursementPaid(partnerId, command.requestId(), command.paidOn(), disbursement.grantAmount()));
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
        disbursements.requested(event.requestId(), event.grantAmount(), event.requestedOn());
    }

    @EventSourcingHandler
    void on(DisbursementApproved event) {
        disbursements.moved(event.requestId(), DisbursementStatus.APPROVED, event.approvedOn());
    }

    @EventSourcingHandler
    void on(DisbursementRejected event) {
        disbursements.moved(event.requestId(), DisbursementStatus.REJECTED, event.rejectedOn());
    }

    @EventSourcingHandler
    void on(DisbursementPaid event) {
        disbursements.moved(event.requestId(), DisbursementStatus.PAID, event.paidOn());
    }
}
