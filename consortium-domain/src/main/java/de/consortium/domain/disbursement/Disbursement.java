package de.consortium.domain.disbursement;

import de.consortium.domain.costplan.Phase;
import de.consortium.domain.money.Money;
import de.consortium.domain.rules.Chronology;
import de.consortium.domain.rules.Rule;
import de.consortium.domain.rules.RuleViolation;

import java.time.LocalDate;
import java.util.List;

/**
 * One disbursement request and how far the funder has dealt with it: requested, then approved or rejected, then
 * paid; {@code lastStepOn} is the date of the latest step, {@code reclaimed} what the funder has claimed back of it,
 * {@code approvedBy} who approved it.
 */
public record Disbursement(String requestId, Phase phase, LocalDate periodStart, LocalDate periodEnd,
                           LocalDate payoutDate, boolean finalInstallment, List<IncurredCost> costs,
                           Money grantAmount, DisbursementStatus status, LocalDate lastStepOn, Money reclaimed,
                           String approvedBy) {

    static Disbursement requested(DisbursementRequested event) {
        return new Disbursement(event.requestId(), event.phase(), event.periodStart(), event.periodEnd(),
                event.payoutDate(), event.finalInstallment(), event.costs(), event.grantAmount(),
                DisbursementStatus.REQUESTED, event.requestedOn(), Money.ZERO, null);
    }

    /** Requested, approved or paid: money that counts against the grant. */
    public boolean drawsOnGrant() {
        return status != DisbursementStatus.REJECTED;
    }

    public boolean overlaps(LocalDate start, LocalDate end) {
        return !start.isAfter(periodEnd) && !end.isBefore(periodStart);
    }

    public void checkDecidable(String step, LocalDate on) {
        requireStatus(DisbursementStatus.REQUESTED, step);
        Chronology.notBefore("The " + step, on, "the request", lastStepOn);
    }

    public void checkPayable(LocalDate paidOn, String payer) {
        requireStatus(DisbursementStatus.APPROVED, "payment");
        Chronology.notBefore("The payment", paidOn, "the approval", lastStepOn);
        FourEyes.check(approvedBy, payer);
    }

    /** Returns the date of payment, from which interest on a claim runs. */
    public LocalDate checkReclaimable(Money amount, LocalDate claimedOn) {
        if (status != DisbursementStatus.PAID) {
            throw new RuleViolation(Rule.REPAYMENT_OF_PAID_MONEY, "Disbursement " + requestId + " is "
                    + status.name().toLowerCase() + "; only money paid out can be reclaimed.");
        }
        Chronology.notBefore("The repayment claim", claimedOn, "the payment", lastStepOn);
        Money left = grantAmount.minus(reclaimed);
        if (amount.exceeds(left)) {
            throw new RuleViolation(Rule.REPAYMENT_WITHIN_PAID, "A claim of " + amount + " exceeds the " + left
                    + " of disbursement " + requestId + " not yet reclaimed.");
        }
        return lastStepOn;
    }

    Disbursement movedTo(DisbursementStatus next, LocalDate on) {
        return new Disbursement(requestId, phase, periodStart, periodEnd, payoutDate, finalInstallment, costs,
                grantAmount, next, on, reclaimed, approvedBy);
    }

    Disbursement approvedBy(String approver, LocalDate on) {
        return new Disbursement(requestId, phase, periodStart, periodEnd, payoutDate, finalInstallment, costs,
                grantAmount, DisbursementStatus.APPROVED, on, reclaimed, approver);
    }

    Disbursement reclaiming(Money amount) {
        return new Disbursement(requestId, phase, periodStart, periodEnd, payoutDate, finalInstallment, costs,
                grantAmount, status, lastStepOn, reclaimed.plus(amount), approvedBy);
    }

    private void requireStatus(DisbursementStatus required, String step) {
        if (status != required) {
            throw new RuleViolation(required == DisbursementStatus.REQUESTED ? Rule.DISBURSEMENT_REQUESTED_ONLY
                    : Rule.DISBURSEMENT_APPROVED_ONLY,
                    "Disbursement " + requestId + " is " + status.name().toLowerCase() + "; only a "
                            + required.name().toLowerCase() + " one can receive a " + step + ".");
        }
    }
}
