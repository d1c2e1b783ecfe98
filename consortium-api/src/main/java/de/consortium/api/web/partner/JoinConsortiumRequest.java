package de.consortium.api.web.partner;

import de.consortium.domain.partner.JoinConsortium;
import de.consortium.domain.project.PartnerId;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

public record JoinConsortiumRequest(
        @NotBlank @Size(max = 10) String partnerCode,
        @NotBlank @Size(max = 300) String name,
        @NotBlank @Size(max = 8) String municipalKey,
        @NotNull LocalDate joinedOn) {

    public JoinConsortium toCommand(String projectId) {
        return new JoinConsortium(new PartnerId(projectId, partnerCode), name, municipalKey, joinedOn);
    }
}
