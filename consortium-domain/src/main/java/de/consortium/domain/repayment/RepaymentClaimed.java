package de.consortium.domain.repayment;

import de.consortium.domain.money.Money;
import de.consortium.domain.project.PartnerId;
import de.consortium.domain.rules.HappenedOn;
import org.axonframework.serialization.Revision;

import java.time.LocalDate;
import java.util.List;

/** The funder reclaimed {@code principal} of a paid disbursement, with the interest accrued up to the claim date. */
@Revision("1")
public record RepaymentClaimed(PartnerId partnerId, String claimId, LocalDate claimedOn, String requestId,
                               Money principal, List<InterestPeriod> interestPeriods, Money interest,
                               String reason) implements HappenedOn {

    @Override
    public LocalDate happenedOn() {
        return claimedOn;
    }
}
