package de.consortium.domain.partner;

import de.consortium.domain.project.PartnerId;
import de.consortium.domain.project.RunningTime;
import de.consortium.domain.rules.HappenedOn;
import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/** A city joined the consortium, under the project's call deadline and running time as they stood then. */
@Revision("1")
public record PartnerJoinedConsortium(
        PartnerId partnerId,
        String name,
        String municipalKey,
        boolean leadPartner,
        LocalDate applicationDeadline,
        RunningTime runningTime,
        LocalDate joinedOn) implements HappenedOn {

    @Override
    public LocalDate happenedOn() {
        return joinedOn;
    }
}
