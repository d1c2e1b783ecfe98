package de.consortium.api.web.disbursement;

import de.consortium.api.messaging.CommandAccepted;
import de.consortium.api.messaging.Commands;
import de.consortium.api.messaging.Queries;
import de.consortium.domain.project.PartnerId;
import de.consortium.projections.disbursement.FindDisbursements;
import de.consortium.projections.disbursement.ProjectDisbursements;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;

@RestController
@RequestMapping("/api/projects/{projectId}")
@Tag(name = "Disbursements", description = "Drawing down the grant (Mittelabruf)")
class DisbursementController {

    private final Commands commands;
    private final Queries queries;

    DisbursementController(Commands commands, Queries queries) {
        this.commands = commands;
        this.queries = queries;
    }

    @PostMapping("/partners/{partner}/request-disbursement")
    @Operation(summary = "request-disbursement: the grant share of costs incurred in a past period")
    ResponseEntity<CommandAccepted> request(@PathVariable String projectId, @PathVariable String partner,
                                            @Valid @RequestBody RequestDisbursementRequest request) {
        return commands.createIdentified(request.requestId(),
                id -> request.toCommand(new PartnerId(projectId, partner), id),
                URI.create("/api/projects/" + projectId + "/disbursements"), projectId, partner);
    }

    @PostMapping("/partners/{partner}/disbursements/{requestId}/approve")
    @Operation(summary = "The funder approves a requested disbursement")
    ResponseEntity<CommandAccepted> approve(@PathVariable String projectId, @PathVariable String partner,
                                            @PathVariable String requestId,
                                            @Valid @RequestBody ApproveDisbursementRequest request) {
        return commands.accept(request.toCommand(new PartnerId(projectId, partner), requestId), projectId, partner);
    }

    @PostMapping("/partners/{partner}/disbursements/{requestId}/reject")
    @Operation(summary = "The funder rejects a requested disbursement")
    ResponseEntity<CommandAccepted> reject(@PathVariable String projectId, @PathVariable String partner,
                                           @PathVariable String requestId,
                                           @Valid @RequestBody RejectDisbursementRequest request) {
        return commands.accept(request.toCommand(new PartnerId(projectId, partner), requestId), projectId, partner);
    }

    @PostMapping("/partners/{partner}/disbursements/{requestId}/pay")
    @Operation(summary = "The funder pays out an approved disbursement")
    ResponseEntity<CommandAccepted> pay(@PathVariable String projectId, @PathVariable String partner,
                                        @PathVariable String requestId,
                                        @Valid @RequestBody PayDisbursementRequest request) {
        return commands.accept(request.toCommand(new PartnerId(projectId, partner), requestId), projectId, partner);
    }

    @GetMapping("/disbursements")
    @Operation(summary = "Every disbursement request of the project and where it stands")
    ProjectDisbursements disbursements(@PathVariable String projectId) {
        queries.requireProject(projectId);
        return queries.ask(new FindDisbursements(projectId), ProjectDisbursements.class);
    }
}
