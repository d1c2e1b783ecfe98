package de.consortium.api.web.repayment;

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
@Tag(name = "Repayments", description = "The funder reclaims paid grants, with interest")
class RepaymentController {

    private final Commands commands;

    RepaymentController(Commands commands) {
        this.commands = commands;
    }

    @PostMapping("/api/projects/{projectId}/partners/{partner}/claim-repayment")
    @Operation(operationId = "claimRepayment",
            summary = "claim-repayment: reclaim paid money with interest 5 points above the base rate")
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<CommandAccepted> claim(@PathVariable String projectId, @PathVariable String partner,
                                          @Valid @RequestBody ClaimRepaymentRequest request) {
        return commands.createIdentified(request.claimId(),
                id -> request.toCommand(new PartnerId(projectId, partner), id),
                id -> CommandSubject.repaymentClaim(projectId, partner, id));
    }
}
