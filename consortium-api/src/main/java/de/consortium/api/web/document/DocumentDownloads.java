package de.consortium.api.web.document;

import de.consortium.api.documents.DocumentAddress;
import de.consortium.api.documents.DocumentReads;
import de.consortium.api.messaging.Queries;
import de.consortium.api.problem.RequestRefused;
import de.consortium.domain.project.PartnerId;
import de.consortium.projections.document.DocumentView;
import de.consortium.projections.document.FindDocument;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HexFormat;

/** A document as the read model lists it, and its bytes checked against its hash, for the API and the pages. */
@Component
public class DocumentDownloads {

    private final DocumentReads reads;
    private final Queries queries;

    DocumentDownloads(DocumentReads reads, Queries queries) {
        this.reads = reads;
        this.queries = queries;
    }

    public DocumentView document(String projectId, String partner, String sha256) {
        DocumentView view = queries.ask(new FindDocument(projectId, partner, sha256), DocumentView.class);
        if (view == null) {
            throw new RequestRefused(HttpStatus.NOT_FOUND, "Not found", "Partner " + partner + " of project "
                    + projectId + " keeps no document " + sha256 + ".");
        }
        return view;
    }

    /** The bytes under the recorded name and media type; 410 once deleted, withheld if they no longer match. */
    public ResponseEntity<byte[]> download(String projectId, String partner, String sha256) throws IOException {
        DocumentView view = document(projectId, partner, sha256);
        if (view.deleted()) {
            throw new RequestRefused(HttpStatus.GONE, "Deleted", "The document was deleted on " + view.deletedOn()
                    + " after its retention (" + view.deletionReason() + "); its hash stays in the history.");
        }
        byte[] content = reads.verified(new DocumentAddress(new PartnerId(projectId, partner), sha256));
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(view.mediaType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(view.fileName(), StandardCharsets.UTF_8).build().toString())
                .eTag("\"" + sha256 + "\"")
                .header("Repr-Digest", "sha-256=:" + Base64.getEncoder().encodeToString(HexFormat.of()
                        .parseHex(sha256)) + ":")
                .body(content);
    }
}
