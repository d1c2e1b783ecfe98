package de.consortium.api.web.application;

import de.consortium.api.messaging.CommandAccepted;
import de.consortium.api.messaging.CommandSubject;
import de.consortium.api.messaging.Commands;
import de.consortium.domain.project.PartnerId;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Applications", description = "Each partner's part of the joint application")
class ApplicationController {

    private final Commands commands;

    ApplicationController(Commands commands) {
        this.commands = commands;
    }

    @PostMapping("/api/projects/{projectId}/partners/{partner}/submit-application")
    @Operation(operationId = "submitApplication",
            summary = "submit-application: needs the cost plan and the adopted council resolutions, by the deadline")
    @ResponseStatus(HttpStatus.ACCEPTED)
    ResponseEntity<CommandAccepted> submit(@PathVariable String projectId, @PathVariable String partner,
                                           @Valid @RequestBody SubmitApplicationRequest request) {
        return commands.accept(request.toCommand(new PartnerId(projectId, partner)),
                CommandSubject.partner(projectId, partner));
    }
}
