package de.consortium.domain.project;

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
        LocalDate registeredOn) {
}
