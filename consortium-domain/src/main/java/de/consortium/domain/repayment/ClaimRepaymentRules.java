package de.consortium.domain.repayment;

import de.consortium.domain.disbursement.Disbursements;
import de.consortium.domain.project.PartnerId;
import de.consortium.domain.rules.Rule;
import de.consortium.domain.rules.RuleViolation;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** What claiming a grant back checks, in the order it checks it, and the interest it adds. */
public final class ClaimRepaymentRules {

    private ClaimRepaymentRules() {
    }

    public static RepaymentClaimed decide(ClaimRepayment command, PartnerId partnerId, Set<String> earlierClaims,
                                          Disbursements disbursements, BaseRates baseRates) {
        if (earlierClaims.contains(command.claimId())) {
            throw new RuleViolation(Rule.CLAIM_ID_UNIQUE, "A repayment claim " + command.claimId() + " exists already.");
        }
        LocalDate paidOn = disbursements.get(command.requestId()).checkReclaimable(command.amount(),
                command.claimedOn());
        List<InterestPeriod> interest = RepaymentInterest.periods(command.amount(), paidOn, command.claimedOn(),
                baseRates);
        return new RepaymentClaimed(partnerId, command.claimId(), command.claimedOn(), command.requestId(),
                command.amount(), interest, RepaymentInterest.total(interest), command.reason());
    }
}
