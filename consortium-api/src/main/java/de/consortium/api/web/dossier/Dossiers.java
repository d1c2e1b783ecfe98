package de.consortium.api.web.dossier;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import de.consortium.api.audit.ChainEvidence;
import de.consortium.api.audit.ChainVerification;
import de.consortium.api.documents.DocumentAddress;
import de.consortium.api.documents.DocumentReads;
import de.consortium.api.messaging.Queries;
import de.consortium.domain.project.PartnerId;
import de.consortium.projections.budget.FindBudget;
import de.consortium.projections.budget.ProjectBudget;
import de.consortium.projections.disbursement.FindDisbursements;
import de.consortium.projections.disbursement.ProjectDisbursements;
import de.consortium.projections.document.DocumentView;
import de.consortium.projections.document.FindDocuments;
import de.consortium.projections.document.ProjectDocuments;
import de.consortium.projections.resolution.FindResolutions;
import de.consortium.projections.resolution.ProjectResolutions;
import de.consortium.projections.status.ProjectStatus;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Clock;
import java.time.Instant;
import java.util.function.Predicate;

/**
 * Writes an auditors' dossier: the documents kept (checked against their hashes), the events as stored with their
 * links, the whole chain up to the head it was verified against, the read models as of the export, a description
 * of how to check it, and last the manifest with every file's SHA-256.
 */
@Component
class Dossiers {

    private final ChainEvidence evidence;
    private final DocumentReads documents;
    private final Queries queries;
    private final Clock clock;
    private final ObjectMapper json;

    Dossiers(ChainEvidence evidence, DocumentReads documents, Queries queries, Clock clock, ObjectMapper json) {
        this.evidence = evidence;
        this.documents = documents;
        this.queries = queries;
        this.clock = clock;
        this.json = json.copy().enable(SerializationFeature.INDENT_OUTPUT);
    }

    /** The scope of a dossier: a project, or one partner of it. */
    record Scope(ProjectStatus project, String partner) {

        Predicate<String> aggregateIds() {
            String projectId = project.projectId();
            return id -> id.equals(projectId) || (partner == null ? id.startsWith(projectId + "/")
                    : id.equals(projectId + "/" + partner));
        }

        String name() {
            return project.projectId() + (partner == null ? "" : "-" + partner);
        }
    }

    void write(Scope scope, ChainVerification verified, String exportedBy, OutputStream out) throws IOException {
        String projectId = scope.project().projectId();
        Instant exportedAt = clock.instant();
        try (HashedZip zip = new HashedZip(out)) {
            zip.add("LIESMICH.txt", readme());
            ProjectDocuments kept = queries.ask(new FindDocuments(projectId, scope.partner()), ProjectDocuments.class);
            for (DocumentView document : kept.documents()) {
                if (!document.deleted()) {
                    zip.add("documents/" + document.partnerCode() + "/" + document.sha256() + "/"
                            + document.fileName(), documents.verified(new DocumentAddress(
                            new PartnerId(projectId, document.partnerCode()), document.sha256())));
                }
            }
            long[] events = {0};
            zip.addText("events.jsonl", writer -> events[0] = evidence.writeEvents(verified, scope.aggregateIds(),
                    writer));
            zip.addText("chain.jsonl", writer -> evidence.writeChain(verified, writer));
            readModel(zip, "status", scope.project());
            readModel(zip, "budget", queries.ask(new FindBudget(projectId), ProjectBudget.class));
            readModel(zip, "resolutions", queries.ask(new FindResolutions(projectId), ProjectResolutions.class));
            readModel(zip, "disbursements", queries.ask(new FindDisbursements(projectId),
                    ProjectDisbursements.class));
            readModel(zip, "documents", kept);
            ObjectNode manifest = json.createObjectNode().put("project", projectId).put("partner", scope.partner())
                    .put("exportedAt", exportedAt.toString()).put("exportedBy", exportedBy).put("events", events[0]);
            manifest.set("chain", json.valueToTree(verified));
            manifest.set("files", json.valueToTree(zip.entries()));
            zip.add("manifest.json", json.writeValueAsBytes(manifest));
        }
    }

    private void readModel(HashedZip zip, String name, Object readModel) throws IOException {
        zip.add("read-models/" + name + ".json", json.writeValueAsBytes(readModel));
    }

    private static byte[] readme() throws IOException {
        try (InputStream in = new ClassPathResource("dossier/LIESMICH.txt").getInputStream()) {
            return in.readAllBytes();
        }
    }
}
