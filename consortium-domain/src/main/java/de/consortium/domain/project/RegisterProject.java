package de.consortium.domain.project;

import de.consortium.domain.rules.DatedCommand;
import de.consortium.domain.rules.WorldDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/** The consortium lead registers a joint project under a funding programme's call. */
public record RegisterProject(
        @TargetAggregateIdentifier String projectId,
        String title,
        String programme,
        String leadPartner,
        LocalDate applicationDeadline,
        RunningTime runningTime,
        List<Measure> measures,
        LocalDate registeredOn) implements DatedCommand {

    public RegisterProject {
        ProjectId.require(projectId);
        PartnerId.requireCode(leadPartner);
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(programme, "programme");
        Objects.requireNonNull(applicationDeadline, "applicationDeadline");
        Objects.requireNonNull(runningTime, "runningTime");
        Objects.requireNonNull(registeredOn, "registeredOn");
        measures = List.copyOf(measures);
    }

    @Override
    public WorldDate worldDate() {
        return new WorldDate("The registration date", registeredOn);
    }
}
