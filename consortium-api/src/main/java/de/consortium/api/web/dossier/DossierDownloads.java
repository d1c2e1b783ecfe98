package de.consortium.api.web.dossier;

import de.consortium.api.audit.ChainVerification;
import de.consortium.api.audit.ChainVerifier;
import de.consortium.api.messaging.Queries;
import de.consortium.api.problem.RequestRefused;
import de.consortium.api.security.Actor;
import de.consortium.domain.rules.UnknownReference;
import de.consortium.projections.status.ProjectStatus;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * A dossier as a download, for the API and the auditors' page: of a project that exists (and a partner of it), only
 * once the history has been verified against its hash chain.
 */
@Component
public class DossierDownloads {

    static final String ZIP = "application/zip";

    private final Dossiers dossiers;
    private final ChainVerifier verifier;
    private final Queries queries;

    DossierDownloads(Dossiers dossiers, ChainVerifier verifier, Queries queries) {
        this.dossiers = dossiers;
        this.verifier = verifier;
        this.queries = queries;
    }

    public ResponseEntity<StreamingResponseBody> download(String project, String partner) {
        ProjectStatus status = queries.registeredProject(project);
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
