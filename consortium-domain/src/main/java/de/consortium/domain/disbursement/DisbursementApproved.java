package de.consortium.domain.disbursement;

import de.consortium.domain.money.Money;
import de.consortium.domain.project.PartnerId;
import de.consortium.domain.rules.HappenedOn;
import org.axonframework.serialization.Revision;

import java.time.LocalDate;

@Revision("1")
public record DisbursementApproved(PartnerId partnerId, String requestId, LocalDate approvedOn, Money grantAmount,
                                   String approvedBy) implements HappenedOn {

    @Override
    public LocalDate happenedOn() {
        return approvedOn;
    }
}
