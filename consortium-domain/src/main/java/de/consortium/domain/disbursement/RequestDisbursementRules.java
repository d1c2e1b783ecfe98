package de.consortium.domain.disbursement;

import de.consortium.domain.costplan.CostPlan;
import de.consortium.domain.costplan.ExternalConsultantsLimit;
import de.consortium.domain.costplan.Phase;
import de.consortium.domain.money.Money;
import de.consortium.domain.project.PartnerId;
import de.consortium.domain.project.RunningTime;
import de.consortium.domain.resolution.CouncilResolutions;
import de.consortium.domain.rules.Chronology;
import de.consortium.domain.rules.Rule;
import de.consortium.domain.rules.RuleViolation;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

/** What a disbursement request (Mittelabruf) checks, in the order it checks it. */
public final class RequestDisbursementRules {

    private RequestDisbursementRules() {
    }

    /** {@code granted} and {@code grantDecidedOn} are null while no grant is awarded. */
    public static DisbursementRequested decide(RequestDisbursement command, PartnerId partnerId, Money granted,
                                               LocalDate grantDecidedOn, CostPlan costPlan, RunningTime runningTime,
                                               CouncilResolutions resolutions, Disbursements disbursements) {
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
        return new DisbursementRequested(partnerId, command.requestId(), command.requestedOn(), command.periodStart(),
                command.periodEnd(), command.payoutDate(), phase, command.finalInstallment(), command.costs(),
                eligibleCosts, grantAmount);
    }

    private static List<ExternalConsultantsLimit.Position> positions(Stream<IncurredCost> costs) {
        return costs.map(cost -> new ExternalConsultantsLimit.Position(cost.costLine(), cost.amount())).toList();
    }
}
