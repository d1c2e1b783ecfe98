package de.consortium.api.web.partner;

import de.consortium.api.messaging.CommandAccepted;
import de.consortium.api.messaging.CommandSubject;
import de.consortium.api.messaging.AggregateVersions;
import de.consortium.api.messaging.Commands;
import de.consortium.api.messaging.Queries;
import de.consortium.domain.project.PartnerId;
import de.consortium.domain.rules.UnknownReference;
import de.consortium.projections.status.PartnerStatus;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;


@RestController
@RequestMapping("/api/projects/{projectId}/partners")
@Tag(name = "Partners", description = "Partner cities of a consortium")
class PartnerController {

    private final Commands commands;
    private final Queries queries;

    private final AggregateVersions versions;

    PartnerController(Commands commands, Queries queries, AggregateVersions versions) {
        this.commands = commands;
        this.queries = queries;
        this.versions = versions;
    }

    /**
     * The partner's status with its version as the event store has it, also as the ETag: send it back as If-Match
     * with a command to act only on the state you have seen (412 otherwise).
     */
    @GetMapping("/{partner}")
    @Operation(operationId = "getPartner",
            summary = "A partner's status; its ETag is the partner's version, for If-Match on commands")
    @Parameter(in = ParameterIn.HEADER, name = HttpHeaders.IF_NONE_MATCH, required = false,
            description = "The ETag of the status the client holds, e.g. \"7\": 304 without a body while it is"
                    + " current", schema = @Schema(type = "string"))
    @ApiResponse(responseCode = "200", description = "The partner's status", headers = @Header(
            name = HttpHeaders.ETAG, description = "The partner's version, quoted: send it as If-Match",
            schema = @Schema(type = "string")), useReturnTypeSchema = true)
    @ApiResponse(responseCode = "304", description = "The status named in If-None-Match is still current",
            headers = @Header(name = HttpHeaders.ETAG, description = "The partner's version, quoted",
                    schema = @Schema(type = "string")))
    ResponseEntity<PartnerStatus> partner(@PathVariable String projectId, @PathVariable String partner,
                                          WebRequest request) {
        PartnerId id = new PartnerId(projectId, partner);
        PartnerStatus status = queries.projectStatus(projectId).stream().flatMap(s -> s.partners().stream())
                .filter(p -> p.partnerCode().equals(id.partnerCode())).findFirst()
                .orElseThrow(() -> new UnknownReference("No partner '" + partner + "' has joined project '"
                        + projectId + "'."));
        PartnerStatus stored = status.atVersion(versions.of(id.toString()));
        String etag = "\"" + stored.version() + "\"";
        if (request.checkNotModified(etag)) {
            return null;
        }
        return ResponseEntity.ok().eTag(etag).body(stored);
    }

    @PostMapping
    @Operation(operationId = "joinConsortium",
            summary = "join-consortium: the consortium lead adds a partner city to the project")
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<CommandAccepted> join(@PathVariable String projectId,
                                         @Valid @RequestBody JoinConsortiumRequest request) {
        return commands.create(request.toCommand(projectId),
                CommandSubject.partner(projectId, request.partnerCode()));
    }
}
