package de.consortium.domain.disbursement;

import de.consortium.domain.money.Money;
import de.consortium.domain.project.PartnerId;
import de.consortium.domain.rules.HappenedOn;
import org.axonframework.serialization.Revision;

import java.time.LocalDate;

@Revision("1")
public record DisbursementPaid(PartnerId partnerId, String requestId, LocalDate paidOn, Money amount, String paidBy)
        implements HappenedOn {

    @Override
    public LocalDate happenedOn() {
        return paidOn;
    }
}
