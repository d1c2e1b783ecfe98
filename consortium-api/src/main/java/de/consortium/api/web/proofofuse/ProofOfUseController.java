package de.consortium.api.web.proofofuse;

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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;


@RestController
@RequestMapping("/api/projects/{projectId}/partners/{partner}")
@Tag(name = "Proofs of use", description = "Verwendungsnachweis: proving the use of the grant, audited by the funder")
class ProofOfUseController {

    private final Commands commands;

    ProofOfUseController(Commands commands) {
        this.commands = commands;
    }

    @PostMapping("/submit-proof-of-use")
    @Operation(operationId = "submitProofOfUse",
            summary = "submit-proof-of-use: the proof of use of a phase, with the leaflet's documents")
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<CommandAccepted> submit(@PathVariable String projectId, @PathVariable String partner,
                                           @Valid @RequestBody SubmitProofOfUseRequest request) {
        return commands.createIdentified(request.proofId(),
                id -> request.toCommand(new PartnerId(projectId, partner), id),
                id -> CommandSubject.proofOfUse(projectId, partner, id));
    }

    @PostMapping("/proofs-of-use/{proofId}/accept")
    @Operation(operationId = "acceptProofOfUse",
            summary = "The funder audited the proof of use without objection")
    @ResponseStatus(HttpStatus.ACCEPTED)
    ResponseEntity<CommandAccepted> accept(@PathVariable String projectId, @PathVariable String partner,
                                           @PathVariable String proofId,
                                           @Valid @RequestBody AcceptProofOfUseRequest request) {
        return commands.accept(request.toCommand(new PartnerId(projectId, partner), proofId),
                CommandSubject.proofOfUse(projectId, partner, proofId));
    }

    @PostMapping("/proofs-of-use/{proofId}/object")
    @Operation(operationId = "objectToProofOfUse",
            summary = "The funder objects to the proof of use; a revised one may follow")
    @ResponseStatus(HttpStatus.ACCEPTED)
    ResponseEntity<CommandAccepted> object(@PathVariable String projectId, @PathVariable String partner,
                                           @PathVariable String proofId,
                                           @Valid @RequestBody ObjectToProofOfUseRequest request) {
        return commands.accept(request.toCommand(new PartnerId(projectId, partner), proofId),
                CommandSubject.proofOfUse(projectId, partner, proofId));
    }
}
