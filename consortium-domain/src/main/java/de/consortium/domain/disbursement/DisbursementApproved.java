package de.consortium.domain.disbursement;

import de.consortium.domain.money.Money;
import de.consortium.domain.partner.PartnerId;
import org.axonframework.serialization.Revision;

import java.time.LocalDate;

@Revision("1")
public record DisbursementApproved(PartnerId partnerId, String requestId, LocalDate approvedOn, Money grantAmount,
                                   String approvedBy) {
}
