package de.consortium.api.web.document;

import de.consortium.api.documents.DocumentAddress;
import de.consortium.api.documents.DocumentStore;
import de.consortium.api.messaging.CommandAccepted;
import de.consortium.api.messaging.CommandSubject;
import de.consortium.api.messaging.Commands;
import de.consortium.api.messaging.Queries;
import de.consortium.domain.document.DocumentKind;
import de.consortium.domain.project.PartnerId;
import de.consortium.projections.document.DocumentView;
import de.consortium.projections.document.FindDocuments;
import de.consortium.projections.document.ProjectDocuments;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;

@RestController
@Tag(name = "Documents", description = "Documents partners keep for the programme: council papers, the proof of use's"
        + " documents, invoice confirmations, reports; kept by SHA-256, retained five years")
class DocumentController {

    private static final String PARTNER_DOCUMENTS = "/api/projects/{projectId}/partners/{partner}/documents";
    private static final String EXAMPLE_SHA256 = "8208881188b8f6356d68fd9311053e4b72e2a3046ed81dde323d3efc31e8836a";

    private final DocumentUploads uploads;
    private final DocumentDownloads downloads;
    private final DocumentStore store;
    private final Commands commands;
    private final Queries queries;
    private final Clock clock;

    DocumentController(DocumentUploads uploads, DocumentDownloads downloads, DocumentStore store, Commands commands,
                       Queries queries, Clock clock) {
        this.uploads = uploads;
        this.downloads = downloads;
        this.store = store;
        this.commands = commands;
        this.queries = queries;
        this.clock = clock;
    }

    @PostMapping(path = PARTNER_DOCUMENTS, consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(operationId = "uploadDocument", summary = "Upload a document (multipart): kept by its SHA-256 once its"
            + " size, name and media type (as its content shows it) pass, then recorded for the partner")
    @ApiResponse(responseCode = "201", description = "Kept and recorded; Location names the document",
            headers = @Header(name = HttpHeaders.LOCATION, description = "Where to read the document",
                    schema = @Schema(type = "string", format = "uri-reference")))
    @ApiResponse(responseCode = "400", description = "Empty, a name with path parts, or bytes that do not hash to"
            + " the SHA-256 given; nothing was kept")
    @ApiResponse(responseCode = "409", description = "The partner has this document already"
            + " (document-recorded-once), or another rule refuses it")
    @ApiResponse(responseCode = "412", description = "The partner has changed since the version named in If-Match")
    @ApiResponse(responseCode = "413", description = "Larger than consortium.documents.max-size; nothing was kept")
    @ApiResponse(responseCode = "415", description = "Not multipart/form-data, or a file whose content is of a media"
            + " type not accepted or other than declared; nothing was kept")
    @ApiResponse(responseCode = "503", description = "The event store cannot be reached; the document is not recorded")
    ResponseEntity<DocumentAccepted> upload(
            @PathVariable String projectId, @PathVariable String partner,
            @RequestPart("file") MultipartFile file,
            @RequestParam("kind") DocumentKind kind,
            @Parameter(description = "the day the document was recorded; today if left out")
            @RequestParam(name = "recordedOn", required = false)
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate recordedOn,
            @Parameter(description = "the SHA-256 the client computed; the upload is refused if the bytes differ")
            @RequestParam(name = "sha256", required = false) String sha256) throws IOException {
        DocumentAccepted accepted = uploads.upload(new PartnerId(projectId, partner), file, kind,
                recordedOn != null ? recordedOn : LocalDate.now(clock), sha256);
        return ResponseEntity.created(URI.create("/api/projects/" + projectId + "/partners/" + partner
                + "/documents/" + accepted.sha256())).body(accepted);
    }

    @GetMapping("/api/projects/{projectId}/documents")
    @Operation(operationId = "getProjectDocuments", summary = "Every partner's documents, deleted ones with their hash")
    ProjectDocuments projectDocuments(@PathVariable String projectId) {
        queries.requireProject(projectId);
        return queries.ask(new FindDocuments(projectId, null), ProjectDocuments.class);
    }

    @GetMapping(PARTNER_DOCUMENTS)
    @Operation(operationId = "getPartnerDocuments", summary = "One partner's documents")
    ProjectDocuments partnerDocuments(@PathVariable String projectId, @PathVariable String partner) {
        queries.requireProject(projectId);
        return queries.ask(new FindDocuments(projectId, partner), ProjectDocuments.class);
    }

    @GetMapping(PARTNER_DOCUMENTS + "/{sha256}")
    @Operation(operationId = "getDocument", summary = "One document: what it is, which proofs of use enclose it,"
            + " from when it may be deleted")
    DocumentView document(@PathVariable String projectId, @PathVariable String partner,
                          @Parameter(example = EXAMPLE_SHA256) @PathVariable String sha256) {
        return downloads.document(projectId, partner, sha256);
    }

    @GetMapping(path = PARTNER_DOCUMENTS + "/{sha256}/content", produces = MediaType.ALL_VALUE)
    @Operation(operationId = "downloadDocument", summary = "The document's bytes, checked against its SHA-256 first;"
            + " 410 once deleted after its retention")
    @ApiResponse(responseCode = "200", description = "The bytes, of the media type recorded",
            content = @Content(mediaType = "application/octet-stream",
                    schema = @Schema(type = "string", format = "binary")))
    @ApiResponse(responseCode = "410", description = "Deleted after its retention; its hash stays in the history")
    ResponseEntity<byte[]> download(@PathVariable String projectId, @PathVariable String partner,
                                    @Parameter(example = EXAMPLE_SHA256) @PathVariable String sha256)
            throws IOException {
        return downloads.download(projectId, partner, sha256);
    }

    @PostMapping(PARTNER_DOCUMENTS + "/{sha256}/delete")
    @Operation(operationId = "deleteDocument", summary = "An operator deletes a document once its five years have run"
            + " out; its hash and record stay in the history")
    @ResponseStatus(HttpStatus.ACCEPTED)
    ResponseEntity<CommandAccepted> delete(@PathVariable String projectId, @PathVariable String partner,
                                           @Parameter(example = EXAMPLE_SHA256) @PathVariable String sha256,
                                           @Valid @RequestBody DeleteDocumentRequest request) throws IOException {
        PartnerId partnerId = new PartnerId(projectId, partner);
        ResponseEntity<CommandAccepted> accepted = commands.accept(request.toCommand(partnerId, sha256),
                CommandSubject.partner(projectId, partner));
        store.delete(new DocumentAddress(partnerId, sha256));
        return accepted;
    }
}
