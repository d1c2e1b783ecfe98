package de.consortium.api.web.dossier;

import de.consortium.api.audit.ChainVerification;
import de.consortium.api.audit.ChainVerifier;
import de.consortium.api.messaging.Queries;
import de.consortium.api.problem.RequestRefused;
import de.consortium.api.security.Actor;
import de.consortium.domain.rules.UnknownReference;
import de.consortium.projections.status.ProjectStatus;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

@RestController
@Tag(name = "Audit dossier", description = "One ZIP an auditor checks offline: documents, history, chain, read models")
class DossierController {

    static final String ZIP = "application/zip";

    private final Dossiers dossiers;
    private final ChainVerifier verifier;
    private final Queries queries;

    DossierController(Dossiers dossiers, ChainVerifier verifier, Queries queries) {
        this.dossiers = dossiers;
        this.verifier = verifier;
        this.queries = queries;
    }

    @GetMapping(path = "/api/audit/dossier", produces = {ZIP, MediaType.APPLICATION_PROBLEM_JSON_VALUE})
    @Operation(operationId = "downloadDossier", summary = "The dossier of a project, or of one partner: verified"
            + " against the hash chain first; refused while the chain is broken")
    @ApiResponse(responseCode = "200", description = "The dossier",
            content = @Content(mediaType = ZIP, schema = @Schema(type = "string", format = "binary")))
    @ApiResponse(responseCode = "409", description = "The history does not match its hash chain: no dossier can be"
            + " vouched for; the problem names where they first disagree")
    ResponseEntity<StreamingResponseBody> dossier(
            @Parameter(example = "SC20-SFQRL") @RequestParam String project,
            @Parameter(description = "only this partner's documents and events", example = "LHM")
            @RequestParam(required = false) String partner) {
        ProjectStatus status = queries.projectStatus(project)
                .orElseThrow(() -> new UnknownReference("No project '" + project + "' is registered."));
        if (partner != null && status.partners().stream().noneMatch(p -> p.partnerCode().equals(partner))) {
            throw new UnknownReference("Project " + project + " has no partner '" + partner + "'.");
        }
        ChainVerification verified = verifier.verify();
        if (!verified.intact()) {
            throw new RequestRefused(HttpStatus.CONFLICT, "History does not match its hash chain", "At position "
                    + verified.firstBrokenPosition() + " " + verified.finding() + "; no dossier is exported.");
        }
        Dossiers.Scope scope = new Dossiers.Scope(status, partner);
        String exportedBy = Actor.current().name();
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(ZIP))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("dossier-" + scope.name() + ".zip").build().toString())
                .body(out -> dossiers.write(scope, verified, exportedBy, out));
    }
}
