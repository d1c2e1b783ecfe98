package de.consortium.projections.resolution;

import de.consortium.domain.costplan.CostPlanSet;
import de.consortium.domain.costplan.Phase;
import de.consortium.domain.project.PartnerId;
import de.consortium.domain.partner.PartnerJoinedConsortium;
import de.consortium.domain.resolution.CouncilRecord;
import de.consortium.domain.resolution.CouncilResolutionPassed;
import de.consortium.domain.resolution.ResolutionOutcome;
import de.consortium.domain.resolution.RequiredResolutions;
import de.consortium.domain.resolution.ResolutionSubject;
import de.consortium.projections.support.Dates;
import de.consortium.projections.support.ReadModelWrites;
import de.consortium.projections.support.RowMerge;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Per partner: the council resolutions it recorded, and the state of each resolution the programme requires (the
 * application's mandate; the strategy adoption where the plan has phase B).
 */
@Component
@ProcessingGroup(ResolutionProjection.GROUP)
public class ResolutionProjection {

    public static final String GROUP = "resolutions";
    private static final String SEPARATOR = "\n";
    /** A resolution is keyed by its paper, council and session: passed again, it replaces what was recorded. */
    private final String setResolution = RowMerge.into("resolution", 5, "project_id VARCHAR",
            "partner_code VARCHAR", "paper_reference VARCHAR", "body VARCHAR", "session_date DATE", "title VARCHAR",
            "public_session BOOLEAN", "subjects VARCHAR", "outcome VARCHAR", "votes_in_favour INTEGER",
            "votes_against INTEGER", "votes_abstentions INTEGER", "motions_answered VARCHAR",
            "recorded_at TIMESTAMP", "paper_document VARCHAR", "council_paper VARCHAR", "council_agenda_item VARCHAR",
            "council_files VARCHAR", "resolution_text VARCHAR");

    private final JdbcTemplate jdbc;
    private final ReadModelWrites writes;

    public ResolutionProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.writes = new ReadModelWrites(jdbc);
    }

    @EventHandler
    void on(PartnerJoinedConsortium event) {
        PartnerId id = event.partnerId();
        writes.update("DELETE FROM resolution_partner WHERE project_id = ? AND partner_code = ?", id.projectId(),
                id.partnerCode());
        writes.update("INSERT INTO resolution_partner (project_id, partner_code, name) VALUES (?, ?, ?)",
                id.projectId(), id.partnerCode(), event.name());
    }

    /** The plan's phases decide which resolutions the partner needs (the domain says which); a later plan replaces this. */
    @EventHandler
    void on(CostPlanSet event) {
        PartnerId id = event.partnerId();
        writes.set("UPDATE resolution_partner SET has_phase_a = ?, has_phase_b = ? WHERE project_id = ?"
                        + " AND partner_code = ?", List.of(id.projectId(), id.partnerCode()),
                event.lines().stream().anyMatch(line -> line.phase() == Phase.A),
                event.lines().stream().anyMatch(line -> line.phase() == Phase.B), id.projectId(), id.partnerCode());
    }

    @EventHandler
    void on(CouncilResolutionPassed event, @Timestamp Instant recordedAt) {
        PartnerId id = event.partnerId();
        CouncilRecord record = event.councilRecord();
        Integer[] votes = event.votes() == null ? new Integer[3] : new Integer[]{event.votes().inFavour(),
                event.votes().against(), event.votes().abstentions()};
        writes.update(setResolution,
                id.projectId(), id.partnerCode(), event.paperReference(), event.body(), event.sessionDate(),
                event.title(), event.publicSession(), event.subjects().stream().map(Enum::name).sorted()
                        .collect(Collectors.joining(SEPARATOR)), event.outcome().name(), votes[0], votes[1], votes[2],
                String.join(SEPARATOR, event.motionsAnswered()), java.sql.Timestamp.from(recordedAt),
                event.paperDocument(), record == null ? null : record.paper(),
                record == null ? null : record.agendaItem(),
                record == null ? null : String.join(SEPARATOR, record.files()),
                record == null ? null : record.resolutionText());
    }

    @ResetHandler
    void reset() {
        writes.update("DELETE FROM resolution");
        writes.update("DELETE FROM resolution_partner");
    }

    @QueryHandler
    public ProjectResolutions handle(FindResolutions query) {
        Map<String, List<ResolutionView>> byPartner = jdbc.query("SELECT * FROM resolution WHERE project_id = ?"
                                + " ORDER BY session_date, recorded_at", (rs, row) -> Map.entry(
                                rs.getString("partner_code"), view(rs)), query.projectId()).stream()
                .collect(Collectors.groupingBy(Map.Entry::getKey,
                        Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
        List<PartnerResolutions> partners = jdbc.query("SELECT partner_code, name, has_phase_a, has_phase_b"
                + " FROM resolution_partner WHERE project_id = ? ORDER BY partner_code", (rs, row) -> {
            List<ResolutionView> resolutions = byPartner.getOrDefault(rs.getString("partner_code"), List.of());
            List<ResolutionSubject> required = RequiredResolutions.overall(rs.getBoolean("has_phase_a"),
                    rs.getBoolean("has_phase_b"));
            return new PartnerResolutions(rs.getString("partner_code"), rs.getString("name"),
                    required.stream().map(subject -> requirement(subject, resolutions)).toList(), resolutions);
        }, query.projectId());
        return new ProjectResolutions(query.projectId(), partners);
    }

    /** The earliest adopted resolution satisfies a requirement; without one, the latest decision shows why not. */
    static RequiredResolution requirement(ResolutionSubject subject, List<ResolutionView> resolutions) {
        List<ResolutionView> onSubject = resolutions.stream().filter(r -> r.subjects().contains(subject)).toList();
        return onSubject.stream().filter(r -> r.outcome().isAdopted()).findFirst()
                .map(r -> new RequiredResolution(subject, RequirementState.SATISFIED, r.paperReference(),
                        r.sessionDate(), r.outcome()))
                .or(() -> onSubject.stream().max(Comparator.comparing(ResolutionView::sessionDate))
                        .map(r -> new RequiredResolution(subject, RequirementState.NOT_ADOPTED, r.paperReference(),
                                r.sessionDate(), r.outcome())))
                .orElse(new RequiredResolution(subject, RequirementState.MISSING, null, null, null));
    }

    private static CouncilRecord councilRecord(ResultSet rs) throws SQLException {
        String paper = rs.getString("council_paper");
        if (paper == null) {
            return null;
        }
        String files = rs.getString("council_files");
        return new CouncilRecord(paper, rs.getString("council_agenda_item"),
                files == null || files.isEmpty() ? List.of() : List.of(files.split(SEPARATOR)),
                rs.getString("resolution_text"));
    }

    private static ResolutionView view(ResultSet rs) throws SQLException {
        Set<ResolutionSubject> subjects = EnumSet.noneOf(ResolutionSubject.class);
        Arrays.stream(rs.getString("subjects").split(SEPARATOR)).map(ResolutionSubject::valueOf).forEach(subjects::add);
        String motions = rs.getString("motions_answered");
        return new ResolutionView(rs.getString("paper_reference"), rs.getString("title"), rs.getString("body"),
                Dates.of(rs.getDate("session_date")), rs.getBoolean("public_session"), subjects,
                ResolutionOutcome.valueOf(rs.getString("outcome")), (Integer) rs.getObject("votes_in_favour"),
                (Integer) rs.getObject("votes_against"), (Integer) rs.getObject("votes_abstentions"),
                motions.isEmpty() ? List.of() : List.of(motions.split(SEPARATOR)),
                rs.getTimestamp("recorded_at").toInstant(), rs.getString("paper_document"), councilRecord(rs));
    }
}
