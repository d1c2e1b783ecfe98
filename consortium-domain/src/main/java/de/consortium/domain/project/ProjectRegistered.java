package de.consortium.domain.project;

import de.consortium.domain.rules.HappenedOn;
import org.axonframework.serialization.Revision;

import java.time.LocalDate;
import java.util.List;

@Revision("1")
public record ProjectRegistered(
        String projectId,
        String title,
        String programme,
        String leadPartner,
        LocalDate applicationDeadline,
        RunningTime runningTime,
        List<Measure> measures,
        LocalDate registeredOn) implements HappenedOn {

    @Override
    public LocalDate happenedOn() {
        return registeredOn;
    }
}
