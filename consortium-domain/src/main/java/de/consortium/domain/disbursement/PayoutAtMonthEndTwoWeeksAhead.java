package de.consortium.domain.disbursement;

import de.consortium.domain.rules.Rule;
import de.consortium.domain.rules.RuleViolation;

import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

/**
 * Rule R5.4 (docs/domain.md): the funder pays out on a month end (Monatsultimo), and the request must reach it at least
 * two weeks before that payout date.
 */
public final class PayoutAtMonthEndTwoWeeksAhead {

    static final int NOTICE_DAYS = 14;

    private PayoutAtMonthEndTwoWeeksAhead() {
    }

    public static void check(LocalDate payoutDate, LocalDate requestedOn) {
        LocalDate monthEnd = payoutDate.with(TemporalAdjusters.lastDayOfMonth());
        if (!payoutDate.equals(monthEnd)) {
            throw new RuleViolation(Rule.PAYOUT_AT_MONTH_END, "Payouts happen on a month end; " + payoutDate
                    + " is not one (perhaps " + monthEnd + ").");
        }
        LocalDate latestRequest = payoutDate.minusDays(NOTICE_DAYS);
        if (requestedOn.isAfter(latestRequest)) {
            throw new RuleViolation(Rule.PAYOUT_TWO_WEEKS_AHEAD, "A request for a payout on " + payoutDate
                    + " must reach the funder by " + latestRequest + "; this one is of " + requestedOn + ".");
        }
    }
}
