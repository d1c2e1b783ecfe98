package de.consortium.api.web.costplan;

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
@Tag(name = "Cost plans", description = "Each partner's part of the cost and financing plan")
class CostPlanController {

    private final Commands commands;

    CostPlanController(Commands commands) {
        this.commands = commands;
    }

    @PostMapping("/api/projects/{projectId}/partners/{partner}/cost-plan")
    @Operation(operationId = "setCostPlan",
            summary = "set-cost-plan: eligible costs per year and cost line, funding rate, third-party funds")
    @ResponseStatus(HttpStatus.ACCEPTED)
    ResponseEntity<CommandAccepted> setCostPlan(@PathVariable String projectId, @PathVariable String partner,
                                                @Valid @RequestBody SetCostPlanRequest request) {
        return commands.accept(request.toCommand(new PartnerId(projectId, partner)),
                CommandSubject.partner(projectId, partner));
    }
}
