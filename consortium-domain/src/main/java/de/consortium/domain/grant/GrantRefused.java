package de.consortium.domain.grant;

import de.consortium.domain.partner.PartnerId;
import org.axonframework.serialization.Revision;

import java.time.LocalDate;

@Revision("1")
public record GrantRefused(PartnerId partnerId, LocalDate decidedOn, String reference) {
}
