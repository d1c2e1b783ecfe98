package de.consortium.api.web.application;

import de.consortium.domain.application.SubmitApplication;
import de.consortium.domain.project.PartnerId;
import jakarta.validation.constraints.NotNull;

import java.time.LocalDate;

public record SubmitApplicationRequest(@NotNull LocalDate submittedOn) {

    public SubmitApplication toCommand(PartnerId partner) {
        return new SubmitApplication(partner, submittedOn);
    }
}
