package de.consortium.api.web.dossier;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

@RestController
@Tag(name = "Audit dossier", description = "One ZIP an auditor checks offline: documents, history, chain, read models")
class DossierController {

    private final DossierDownloads downloads;

    DossierController(DossierDownloads downloads) {
        this.downloads = downloads;
    }

    @GetMapping(path = "/api/audit/dossier",
            produces = {DossierDownloads.ZIP, MediaType.APPLICATION_PROBLEM_JSON_VALUE})
    @Operation(operationId = "downloadDossier", summary = "The dossier of a project, or of one partner: verified"
            + " against the hash chain first; refused while the chain is broken")
    @ApiResponse(responseCode = "200", description = "The dossier",
            content = @Content(mediaType = DossierDownloads.ZIP,
                    schema = @Schema(type = "string", format = "binary")))
    @ApiResponse(responseCode = "409", description = "The history does not match its hash chain: no dossier can be"
            + " vouched for; the problem names where they first disagree")
    ResponseEntity<StreamingResponseBody> dossier(
            @Parameter(example = "SC20-SFQRL") @RequestParam String project,
            @Parameter(description = "only this partner's documents and events", example = "LHM")
            @RequestParam(required = false) String partner) {
        return downloads.download(project, partner);
    }
}
