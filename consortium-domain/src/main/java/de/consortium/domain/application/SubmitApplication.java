package de.consortium.domain.application;

import de.consortium.domain.rules.DatedCommand;
import de.consortium.domain.rules.WorldDate;
import de.consortium.domain.project.PartnerId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;
import java.util.Objects;

/** A partner submits its part of the joint application (partners, project plan, cost and financing plan). */
public record SubmitApplication(@TargetAggregateIdentifier PartnerId partnerId, LocalDate submittedOn)
        implements DatedCommand {

    public SubmitApplication {
        Objects.requireNonNull(partnerId, "partnerId");
        Objects.requireNonNull(submittedOn, "submittedOn");
    }

    @Override
    public WorldDate worldDate() {
        return new WorldDate("The application date", submittedOn);
    }
}
