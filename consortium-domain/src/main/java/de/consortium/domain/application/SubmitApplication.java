package de.consortium.domain.application;

import de.consortium.domain.partner.PartnerId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;
import java.util.Objects;

/** A partner submits its part of the joint application (partners, project plan, cost and financing plan). */
public record SubmitApplication(@TargetAggregateIdentifier PartnerId partnerId, LocalDate submittedOn) {

    public SubmitApplication {
        Objects.requireNonNull(partnerId, "partnerId");
        Objects.requireNonNull(submittedOn, "submittedOn");
    }
}
