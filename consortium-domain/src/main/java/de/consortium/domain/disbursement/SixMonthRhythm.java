package de.consortium.domain.disbursement;

import de.consortium.domain.rules.Rule;
import de.consortium.domain.rules.RuleViolation;

import java.time.LocalDate;
import java.util.List;

/**
 * Rule R5.3 (docs/domain.md): disbursements are requested every six months for the six months past (in arrears): a
 * request covers at most six months, periods of standing requests do not overlap, and a partner has at most one
 * standing request per half-year of payout.
 */
public final class SixMonthRhythm {

    private SixMonthRhythm() {
    }

    public static void check(RequestDisbursement request, List<Disbursement> standing) {
        if (!request.periodEnd().isBefore(request.periodStart().plusMonths(6))) {
            throw new RuleViolation(Rule.SIX_MONTH_RHYTHM, "The period " + request.periodStart() + " to "
                    + request.periodEnd() + " is longer than six months; a request covers the six months past.");
        }
        for (Disbursement other : standing) {
            if (other.overlaps(request.periodStart(), request.periodEnd())) {
                throw new RuleViolation(Rule.SIX_MONTH_RHYTHM, "The period overlaps that of request "
                        + other.requestId() + " (" + other.periodStart() + " to " + other.periodEnd() + ").");
            }
            if (halfYear(other.payoutDate()) == halfYear(request.payoutDate())) {
                throw new RuleViolation(Rule.SIX_MONTH_RHYTHM, "Request " + other.requestId() + " is already paid out"
                        + " in the same half-year (" + other.payoutDate() + "); one request per half-year.");
            }
        }
    }

    private static int halfYear(LocalDate date) {
        return date.getYear() * 2 + (date.getMonthValue() > 6 ? 1 : 0);
    }
}
