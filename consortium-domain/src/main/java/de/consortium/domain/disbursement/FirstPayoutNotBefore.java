package de.consortium.domain.disbursement;

import de.consortium.domain.costplan.Phase;
import de.consortium.domain.rules.Rule;
import de.consortium.domain.rules.RuleViolation;

import java.time.LocalDate;

/**
 * Rule R5.5 (docs/domain.md): the first payout of phase A comes at the earliest three months after the grant decision,
 * that of phase B at the earliest three months after phase B began.
 */
public final class FirstPayoutNotBefore {

    static final int MONTHS = 3;

    private FirstPayoutNotBefore() {
    }

    public static void check(Phase phase, LocalDate phaseBegan, LocalDate payoutDate) {
        LocalDate earliest = phaseBegan.plusMonths(MONTHS);
        if (payoutDate.isBefore(earliest)) {
            throw new RuleViolation(Rule.FIRST_PAYOUT_NOT_BEFORE, "The first payout of phase " + phase
                    + " comes at the earliest three months after the phase began (" + phaseBegan + "), on "
                    + earliest + "; " + payoutDate + " is too early.");
        }
    }
}
