package de.consortium.api.partner;

import de.consortium.api.messaging.CommandAccepted;
import de.consortium.api.messaging.Commands;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;

@RestController
@RequestMapping("/api/projects/{projectId}/partners")
@Tag(name = "Partners", description = "Partner cities of a consortium")
class PartnerController {

    private final Commands commands;

    PartnerController(Commands commands) {
        this.commands = commands;
    }

    @PostMapping
    @Operation(summary = "join-consortium: the consortium lead adds a partner city to the project")
    ResponseEntity<CommandAccepted> join(@PathVariable String projectId,
                                         @Valid @RequestBody JoinConsortiumRequest request) {
        return commands.create(request.toCommand(projectId), URI.create("/api/projects/" + projectId), projectId,
                request.partnerCode(), null);
    }
}
