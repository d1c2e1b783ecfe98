package de.consortium.projections.document;

import de.consortium.domain.document.DocumentDeleted;
import de.consortium.domain.document.DocumentKind;
import de.consortium.domain.document.DocumentRecorded;
import de.consortium.domain.document.DocumentRetention;
import de.consortium.domain.project.PartnerId;
import de.consortium.domain.proofofuse.ProofDocument;
import de.consortium.domain.proofofuse.ProofOfUseSubmitted;
import de.consortium.projections.support.Dates;
import de.consortium.projections.support.ReadModelWrites;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** The documents partners keep, the proofs of use enclosing them, and when the domain lets them be deleted. */
@Component
@ProcessingGroup(DocumentProjection.GROUP)
public class DocumentProjection {

    public static final String GROUP = "documents";

    private final JdbcTemplate jdbc;
    private final ReadModelWrites writes;

    public DocumentProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.writes = new ReadModelWrites(jdbc);
    }

    @EventHandler
    void on(DocumentRecorded event, @Timestamp Instant recordedAt) {
        PartnerId id = event.partnerId();
        writes.update("DELETE FROM document WHERE project_id = ? AND partner_code = ? AND sha256 = ?",
                id.projectId(), id.partnerCode(), event.sha256());
        writes.update("INSERT INTO document (project_id, partner_code, sha256, kind, file_name, media_type,"
                        + " size_bytes, recorded_on, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                id.projectId(), id.partnerCode(), event.sha256(), event.kind().name(), event.fileName(),
                event.mediaType(), event.size(), event.recordedOn(), java.sql.Timestamp.from(recordedAt));
    }

    @EventHandler
    void on(ProofOfUseSubmitted event) {
        PartnerId id = event.partnerId();
        writes.update("DELETE FROM document_partner_proof WHERE project_id = ? AND partner_code = ? AND proof_id = ?",
                id.projectId(), id.partnerCode(), event.proofId());
        writes.update("INSERT INTO document_partner_proof (project_id, partner_code, proof_id, submitted_on)"
                + " VALUES (?, ?, ?, ?)", id.projectId(), id.partnerCode(), event.proofId(), event.submittedOn());
        writes.update("DELETE FROM document_enclosure WHERE project_id = ? AND partner_code = ? AND proof_id = ?",
                id.projectId(), id.partnerCode(), event.proofId());
        event.files().forEach(file -> writes.update("INSERT INTO document_enclosure (project_id, partner_code,"
                        + " sha256, proof_id, proof_document, submitted_on) VALUES (?, ?, ?, ?, ?, ?)",
                id.projectId(), id.partnerCode(), file.sha256(), event.proofId(), file.document().name(),
                event.submittedOn()));
    }

    @EventHandler
    void on(DocumentDeleted event) {
        PartnerId id = event.partnerId();
        writes.update("UPDATE document SET deleted_on = ?, deletion_reason = ? WHERE project_id = ?"
                        + " AND partner_code = ? AND sha256 = ?", event.deletedOn(), event.reason(), id.projectId(),
                id.partnerCode(), event.sha256());
    }

    @ResetHandler
    void reset() {
        writes.update("DELETE FROM document_enclosure");
        writes.update("DELETE FROM document_partner_proof");
        writes.update("DELETE FROM document");
    }

    @QueryHandler
    public ProjectDocuments handle(FindDocuments query) {
        String partnerFilter = query.partnerCode() == null ? "" : " AND partner_code = ?";
        Object[] arguments = query.partnerCode() == null ? new Object[]{query.projectId()}
                : new Object[]{query.projectId(), query.partnerCode()};
        return new ProjectDocuments(query.projectId(), views(partnerFilter, arguments, query.projectId()));
    }

    @QueryHandler
    public DocumentView handle(FindDocument query) {
        return views(" AND partner_code = ? AND sha256 = ?", new Object[]{query.projectId(), query.partnerCode(),
                query.sha256()}, query.projectId()).stream().findFirst().orElse(null);
    }

    private List<DocumentView> views(String filter, Object[] arguments, String projectId) {
        Map<String, List<Enclosure>> enclosures = new HashMap<>();
        jdbc.query("SELECT partner_code, sha256, proof_id, proof_document, submitted_on FROM document_enclosure"
                + " WHERE project_id = ? ORDER BY submitted_on, proof_id, proof_document", rs -> {
            enclosures.computeIfAbsent(rs.getString("partner_code") + "/" + rs.getString("sha256"),
                    key -> new ArrayList<>()).add(new Enclosure(rs.getString("proof_id"),
                    ProofDocument.valueOf(rs.getString("proof_document")), Dates.of(rs.getDate("submitted_on"))));
        }, projectId);
        Map<String, LocalDate> latestProof = jdbc.query("SELECT partner_code, MAX(submitted_on) AS latest"
                        + " FROM document_partner_proof WHERE project_id = ? GROUP BY partner_code",
                (rs, row) -> Map.entry(rs.getString("partner_code"), Dates.of(rs.getDate("latest"))), projectId)
                .stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        return jdbc.query("SELECT * FROM document WHERE project_id = ?" + filter
                + " ORDER BY partner_code, recorded_on, file_name, sha256", (rs, row) -> {
            List<Enclosure> enclosedIn = enclosures.getOrDefault(rs.getString("partner_code") + "/"
                    + rs.getString("sha256"), List.of());
            return view(rs, enclosedIn, DocumentRetention.deletableFrom(
                    enclosedIn.stream().map(Enclosure::submittedOn).max(LocalDate::compareTo),
                    Optional.ofNullable(latestProof.get(rs.getString("partner_code")))).orElse(null));
        }, arguments);
    }

    private static DocumentView view(ResultSet rs, List<Enclosure> enclosedIn, LocalDate deletableFrom)
            throws SQLException {
        Date deletedOn = rs.getDate("deleted_on");
        return new DocumentView(rs.getString("project_id"), rs.getString("partner_code"), rs.getString("sha256"),
                DocumentKind.valueOf(rs.getString("kind")), rs.getString("file_name"), rs.getString("media_type"),
                rs.getLong("size_bytes"), Dates.of(rs.getDate("recorded_on")),
                rs.getTimestamp("recorded_at").toInstant(), enclosedIn, deletableFrom,
                deletedOn == null ? null : Dates.of(deletedOn), rs.getString("deletion_reason"));
    }
}
