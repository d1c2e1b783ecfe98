package de.consortium.api.web.project;

import de.consortium.domain.project.Measure;
import de.consortium.domain.project.RegisterProject;
import de.consortium.domain.project.RunningTime;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.util.List;

public record RegisterProjectRequest(
        @NotBlank @Size(max = 40) String projectId,
        @NotBlank @Size(max = 500) String title,
        @NotBlank @Size(max = 200) String programme,
        @NotBlank @Size(max = 10) String leadPartner,
        @NotNull LocalDate applicationDeadline,
        @NotNull @Valid Period runningTime,
        @NotNull @Size(max = 9) List<@Valid @NotNull MeasureEntry> measures,
        @NotNull LocalDate registeredOn) {

    public record Period(@NotNull LocalDate start, @NotNull LocalDate end) {
    }

    public record MeasureEntry(@NotBlank @Size(max = 4) String code, @NotBlank @Size(max = 500) String title) {
    }

    public RegisterProject toCommand() {
        return new RegisterProject(projectId, title, programme, leadPartner, applicationDeadline,
                new RunningTime(runningTime.start(), runningTime.end()),
                measures.stream().map(m -> new Measure(m.code(), m.title())).toList(), registeredOn);
    }
}
