package de.consortium.api.web.grant;

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
@Tag(name = "Grant decisions", description = "The funder's decision on each partner's application")
class GrantController {

    private final Commands commands;

    GrantController(Commands commands) {
        this.commands = commands;
    }

    @PostMapping("/api/projects/{projectId}/partners/{partner}/record-grant-decision")
    @Operation(operationId = "recordGrantDecision",
            summary = "record-grant-decision: the funder awards (at most what was applied for) or refuses")
    @ResponseStatus(HttpStatus.ACCEPTED)
    ResponseEntity<CommandAccepted> decide(@PathVariable String projectId, @PathVariable String partner,
                                           @Valid @RequestBody RecordGrantDecisionRequest request) {
        return commands.accept(request.toCommand(new PartnerId(projectId, partner)),
                CommandSubject.partner(projectId, partner));
    }
}
