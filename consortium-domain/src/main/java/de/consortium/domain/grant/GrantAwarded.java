package de.consortium.domain.grant;

import de.consortium.domain.money.Money;
import de.consortium.domain.project.PartnerId;
import de.consortium.domain.rules.HappenedOn;
import org.axonframework.serialization.Revision;

import java.time.LocalDate;

@Revision("1")
public record GrantAwarded(PartnerId partnerId, LocalDate decidedOn, Money grantAmount, String reference)
        implements HappenedOn, GrantDecision {

    @Override
    public LocalDate happenedOn() {
        return decidedOn;
    }
}
