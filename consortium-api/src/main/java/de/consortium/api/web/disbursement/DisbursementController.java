package de.consortium.api.web.disbursement;

import de.consortium.api.messaging.CommandAccepted;
import de.consortium.api.messaging.CommandSubject;
import de.consortium.api.messaging.Commands;
import de.consortium.api.messaging.Queries;
import de.consortium.domain.project.PartnerId;
import de.consortium.projections.disbursement.FindDisbursements;
import de.consortium.projections.disbursement.DisbursementView;
import de.consortium.projections.disbursement.ProjectDisbursements;
import de.consortium.projections.disbursement.ProofOfUseView;
import de.consortium.projections.disbursement.RepaymentClaimView;
import de.consortium.domain.rules.UnknownReference;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;


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
    @Operation(operationId = "requestDisbursement",
            summary = "request-disbursement: the grant share of costs incurred in a past period")
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<CommandAccepted> request(@PathVariable String projectId, @PathVariable String partner,
                                            @Valid @RequestBody RequestDisbursementRequest request) {
        return commands.createIdentified(request.requestId(),
                id -> request.toCommand(new PartnerId(projectId, partner), id),
                id -> CommandSubject.disbursement(projectId, partner, id));
    }

    @PostMapping("/partners/{partner}/disbursements/{requestId}/approve")
    @Operation(operationId = "approveDisbursement",
            summary = "The funder approves a requested disbursement")
    @ResponseStatus(HttpStatus.ACCEPTED)
    ResponseEntity<CommandAccepted> approve(@PathVariable String projectId, @PathVariable String partner,
                                            @PathVariable String requestId,
                                            @Valid @RequestBody ApproveDisbursementRequest request) {
        return commands.accept(request.toCommand(new PartnerId(projectId, partner), requestId),
                CommandSubject.disbursement(projectId, partner, requestId));
    }

    @PostMapping("/partners/{partner}/disbursements/{requestId}/reject")
    @Operation(operationId = "rejectDisbursement",
            summary = "The funder rejects a requested disbursement")
    @ResponseStatus(HttpStatus.ACCEPTED)
    ResponseEntity<CommandAccepted> reject(@PathVariable String projectId, @PathVariable String partner,
                                           @PathVariable String requestId,
                                           @Valid @RequestBody RejectDisbursementRequest request) {
        return commands.accept(request.toCommand(new PartnerId(projectId, partner), requestId),
                CommandSubject.disbursement(projectId, partner, requestId));
    }

    @PostMapping("/partners/{partner}/disbursements/{requestId}/pay")
    @Operation(operationId = "payDisbursement",
            summary = "The funder pays out an approved disbursement")
    @ResponseStatus(HttpStatus.ACCEPTED)
    ResponseEntity<CommandAccepted> pay(@PathVariable String projectId, @PathVariable String partner,
                                        @PathVariable String requestId,
                                        @Valid @RequestBody PayDisbursementRequest request) {
        return commands.accept(request.toCommand(new PartnerId(projectId, partner), requestId),
                CommandSubject.disbursement(projectId, partner, requestId));
    }

    @GetMapping("/disbursements")
    @Operation(operationId = "getDisbursements",
            summary = "Every disbursement request of the project and where it stands")
    ProjectDisbursements disbursements(@PathVariable String projectId) {
        queries.requireProject(projectId);
        return queries.ask(new FindDisbursements(projectId), ProjectDisbursements.class);
    }

    @GetMapping("/partners/{partner}/disbursements/{requestId}")
    @Operation(operationId = "getDisbursement",
            summary = "One disbursement request of a partner and where it stands")
    DisbursementView disbursement(@PathVariable String projectId, @PathVariable String partner,
                                  @PathVariable String requestId) {
        return one(projectId, ProjectDisbursements::disbursements,
                d -> d.partnerCode().equals(partner) && d.requestId().equals(requestId),
                "No disbursement request " + requestId + " of partner " + partner + " exists.");
    }

    @GetMapping("/partners/{partner}/proofs-of-use/{proofId}")
    @Operation(operationId = "getProofOfUse",
            summary = "One proof of use of a partner and where its audit stands")
    ProofOfUseView proofOfUse(@PathVariable String projectId, @PathVariable String partner,
                              @PathVariable String proofId) {
        return one(projectId, ProjectDisbursements::proofsOfUse,
                p -> p.partnerCode().equals(partner) && p.proofId().equals(proofId),
                "No proof of use " + proofId + " of partner " + partner + " exists.");
    }

    @GetMapping("/partners/{partner}/repayment-claims/{claimId}")
    @Operation(operationId = "getRepaymentClaim",
            summary = "One repayment claim against a partner, with its interest")
    RepaymentClaimView repaymentClaim(@PathVariable String projectId, @PathVariable String partner,
                                      @PathVariable String claimId) {
        return one(projectId, ProjectDisbursements::repaymentClaims,
                c -> c.partnerCode().equals(partner) && c.claimId().equals(claimId),
                "No repayment claim " + claimId + " against partner " + partner + " exists.");
    }

    private <T> T one(String projectId, Function<ProjectDisbursements, List<T>> items, Predicate<T> wanted,
                      String missing) {
        return items.apply(disbursements(projectId)).stream().filter(wanted).findFirst()
                .orElseThrow(() -> new UnknownReference(missing));
    }
}
