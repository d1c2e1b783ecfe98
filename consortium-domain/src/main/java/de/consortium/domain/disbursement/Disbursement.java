package de.consortium.domain.disbursement;

import de.consortium.domain.money.Money;
import de.consortium.domain.rules.Chronology;
import de.consortium.domain.rules.RuleViolation;

import java.time.LocalDate;

/** One disbursement request and how far the funder has dealt with it: requested, then approved or rejected, then paid. */
public record Disbursement(String requestId, Money grantAmount, DisbursementStatus status, LocalDate lastStepOn) {

    /** Requested, approved or paid: money that counts against the grant. */
    public boolean drawsOnGrant() {
        return status != DisbursementStatus.REJECTED;
    }

    public void checkDecidable(String step, LocalDate on) {
        requireStatus(DisbursementStatus.REQUESTED, step);
        Chronology.notBefore("The " + step, on, "the request", lastStepOn);
    }

    public void checkPayable(LocalDate paidOn) {
        requireStatus(DisbursementStatus.APPROVED, "payment");
        Chronology.notBefore("The payment", paidOn, "the approval", lastStepOn);
    }

    public Disbursement movedTo(DisbursementStatus next, LocalDate on) {
        return new Disbursement(requestId, grantAmount, next, on);
    }

    private void requireStatus(DisbursementStatus required, String step) {
        if (status != required) {
            throw new RuleViolation("disbursement-" + required.name().toLowerCase() + "-only",
                    "Disbursement " + requestId + " is " + status.name().toLowerCase() + "; only a "
                            + required.name().toLowerCase() + " one can receive a " + step + ".");
        }
    }
}
