package de.consortium.domain.application;

import de.consortium.domain.money.Money;
import de.consortium.domain.project.PartnerId;
import de.consortium.domain.rules.HappenedOn;
import org.axonframework.serialization.Revision;

import java.time.LocalDate;
import java.util.List;

/** A partner's part of the application went in, backed by the council resolutions named. */
@Revision("1")
public record ApplicationSubmitted(
        PartnerId partnerId,
        LocalDate submittedOn,
        Money eligibleCosts,
        Money grantApplied,
        List<String> resolutionPapers) implements HappenedOn {

    @Override
    public LocalDate happenedOn() {
        return submittedOn;
    }
}
