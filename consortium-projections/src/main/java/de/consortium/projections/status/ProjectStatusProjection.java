package de.consortium.projections.status;

import de.consortium.domain.application.ApplicationSubmitted;
import de.consortium.domain.costplan.CostPlanSet;
import de.consortium.domain.costplan.Phase;
import de.consortium.domain.disbursement.DisbursementApproved;
import de.consortium.domain.disbursement.DisbursementPaid;
import de.consortium.domain.disbursement.DisbursementRejected;
import de.consortium.domain.disbursement.DisbursementRequested;
import de.consortium.domain.grant.GrantAwarded;
import de.consortium.domain.grant.GrantRefused;
import de.consortium.domain.project.PartnerId;
import de.consortium.domain.partner.PartnerJoinedConsortium;
import de.consortium.domain.project.ProjectRegistered;
import de.consortium.domain.proofofuse.ProofOfUseAccepted;
import de.consortium.domain.proofofuse.ProofOfUseObjected;
import de.consortium.domain.proofofuse.ProofOfUseSubmitted;
import de.consortium.domain.repayment.RepaymentClaimed;
import de.consortium.domain.resolution.CouncilResolutionPassed;
import de.consortium.domain.resolution.ResolutionSubject;
import de.consortium.projections.support.Dates;
import de.consortium.projections.support.ReadModelWrites;
import de.consortium.projections.support.RowMerge;
import de.consortium.projections.support.SqlArguments;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * The projects and their joint status: per partner its stage, missing prerequisites and deadlines. Every
 * write sets absolute values keyed by project and partner, so redelivered events change nothing.
 */
@Component
@ProcessingGroup(ProjectStatusProjection.GROUP)
public class ProjectStatusProjection {

    public static final String GROUP = "project-status";

    private final JdbcTemplate jdbc;
    private final ReadModelWrites writes;
    private final String setProject = RowMerge.into("status_project", 1, "project_id VARCHAR", "title VARCHAR",
            "programme VARCHAR", "lead_partner VARCHAR", "application_deadline DATE", "running_from DATE",
            "running_to DATE", "registered_on DATE");
    private final String setMeasure = RowMerge.into("status_measure", 2, "project_id VARCHAR", "code VARCHAR",
            "title VARCHAR");
    private final String setOpenPayout = RowMerge.into("status_open_disbursement", 3, "project_id VARCHAR",
            "partner_code VARCHAR", "request_id VARCHAR", "payout_date DATE");
    private final String adoptingResolution = partnerUpdate(
            "application_approved_by = COALESCE(application_approved_by, ?),"
                    + " own_share_financed_by = COALESCE(own_share_financed_by, ?),"
                    + " strategy_adopted_by = COALESCE(strategy_adopted_by, ?)");

    public ProjectStatusProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.writes = new ReadModelWrites(jdbc);
    }

    /** A project is registered once, with its measures: a redelivered registration sets the same rows again. */
    @EventHandler
    void on(ProjectRegistered event) {
        writes.update(setProject, event.projectId(), event.title(), event.programme(), event.leadPartner(),
                event.applicationDeadline(), event.runningTime().start(), event.runningTime().end(),
                event.registeredOn());
        event.measures().forEach(measure -> writes.update(setMeasure, event.projectId(), measure.code(),
                measure.title()));
    }

    @EventHandler
    void on(PartnerJoinedConsortium event, @SequenceNumber long version) {
        PartnerId id = event.partnerId();
        writes.update("DELETE FROM status_partner WHERE project_id = ? AND partner_code = ?", id.projectId(),
                id.partnerCode());
        writes.update("INSERT INTO status_partner (project_id, partner_code, name, municipal_key, lead_partner,"
                        + " joined_on, application_deadline, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                id.projectId(), id.partnerCode(), event.name(), event.municipalKey(), event.leadPartner(),
                event.joinedOn(), event.applicationDeadline(), version);
    }

    @EventHandler
    void on(CostPlanSet event, @SequenceNumber long version) {
        updatePartner(event.partnerId(), version, "cost_plan_set_on = ?, has_phase_a = ?, has_phase_b = ?",
                event.decidedOn(), hasPhase(event, Phase.A), hasPhase(event, Phase.B));
    }

    private static boolean hasPhase(CostPlanSet event, Phase phase) {
        return event.lines().stream().anyMatch(line -> line.phase() == phase);
    }

    /**
     * The first adopted resolution on a subject is the one that satisfies it; later ones change nothing. Two in a
     * replayed batch write as one: per subject the earlier's paper, else the later's; the later's version.
     */
    @EventHandler
    void on(CouncilResolutionPassed event, @SequenceNumber long version) {
        String paper = event.paperReference();
        PartnerId id = event.partnerId();
        writes.combine(adoptingResolution, List.of(id.projectId(), id.partnerCode()),
                (earlier, later) -> new Object[]{firstOf(earlier[0], later[0]), firstOf(earlier[1], later[1]),
                        firstOf(earlier[2], later[2]), later[3], later[4], later[5]},
                event.adopts(ResolutionSubject.APPLICATION_APPROVAL) ? paper : null,
                event.adopts(ResolutionSubject.OWN_SHARE_FINANCING) ? paper : null,
                event.adopts(ResolutionSubject.STRATEGY_ADOPTION) ? paper : null,
                version, id.projectId(), id.partnerCode());
    }

    private static Object firstOf(Object earlier, Object later) {
        return earlier != null ? earlier : later;
    }

    @EventHandler
    void on(ApplicationSubmitted event, @SequenceNumber long version) {
        updatePartner(event.partnerId(), version, "application_submitted_on = ?", event.submittedOn());
    }

    @EventHandler
    void on(GrantAwarded event, @SequenceNumber long version) {
        updatePartner(event.partnerId(), version, "grant_decided_on = ?, grant_awarded = TRUE", event.decidedOn());
    }

    @EventHandler
    void on(GrantRefused event, @SequenceNumber long version) {
        updatePartner(event.partnerId(), version, "grant_decided_on = ?, grant_awarded = FALSE", event.decidedOn());
    }

    @EventHandler
    void on(DisbursementRequested event, @SequenceNumber long version) {
        PartnerId id = event.partnerId();
        openPayout(id, event.requestId(), payout -> payout.update(setOpenPayout, id.projectId(), id.partnerCode(),
                event.requestId(), event.payoutDate()));
        updatePartner(id, version, null);
    }

    @EventHandler
    void on(DisbursementApproved event, @SequenceNumber long version) {
        updatePartner(event.partnerId(), version, null);
    }

    @EventHandler
    void on(DisbursementRejected event, @SequenceNumber long version) {
        closeDisbursement(event.partnerId(), event.requestId(), version);
    }

    @EventHandler
    void on(DisbursementPaid event, @SequenceNumber long version) {
        closeDisbursement(event.partnerId(), event.requestId(), version);
    }

    @EventHandler
    void on(ProofOfUseAccepted event, @SequenceNumber long version) {
        updatePartner(event.partnerId(), version, event.phase() == Phase.A ? "proof_a_accepted_on = ?"
                : "proof_b_accepted_on = ?", event.acceptedOn());
    }

    @EventHandler
    void on(ProofOfUseSubmitted event, @SequenceNumber long version) {
        updatePartner(event.partnerId(), version, null);
    }

    @EventHandler
    void on(ProofOfUseObjected event, @SequenceNumber long version) {
        updatePartner(event.partnerId(), version, null);
    }

    @EventHandler
    void on(RepaymentClaimed event, @SequenceNumber long version) {
        updatePartner(event.partnerId(), version, null);
    }

    @ResetHandler
    void reset() {
        for (String table : List.of("status_open_disbursement", "status_partner", "status_measure", "status_project")) {
            writes.update("DELETE FROM " + table);
        }
    }

    /** A page of projects: the page by the index on project id, then the partners and payouts of its projects only. */
    @QueryHandler
    public ProjectSummaries handle(FindProjects query) {
        if (query.partnerCodes() != null && query.partnerCodes().isEmpty()) {
            return new ProjectSummaries(List.of());
        }
        List<Object> arguments = new ArrayList<>(List.of(query.after() == null ? "" : query.after()));
        String scope = "";
        if (query.partnerCodes() != null) {
            String codes = String.join(", ", Collections.nCopies(query.partnerCodes().size(), "?"));
            scope = " AND (lead_partner IN (" + codes + ") OR project_id IN (SELECT project_id FROM status_partner"
                    + " WHERE partner_code IN (" + codes + ")))";
            arguments.addAll(query.partnerCodes());
            arguments.addAll(query.partnerCodes());
        }
        arguments.add(query.limit());
        List<RegisteredProject> projects = jdbc.query("SELECT * FROM status_project WHERE project_id > ?" + scope
                + " ORDER BY project_id LIMIT ?", (rs, row) -> new RegisteredProject(rs.getString("project_id"),
                rs.getString("title"), rs.getString("programme"), rs.getString("lead_partner"),
                Dates.of(rs.getDate("application_deadline")), Dates.of(rs.getDate("running_from")),
                Dates.of(rs.getDate("running_to"))), arguments.toArray());
        if (projects.isEmpty()) {
            return new ProjectSummaries(List.of());
        }
        Object[] ids = projects.stream().map(RegisteredProject::projectId).toArray();
        String page = " WHERE project_id IN (" + String.join(", ", Collections.nCopies(ids.length, "?")) + ")";
        Map<String, List<PartnerProgress>> partnersByProject = jdbc.query("SELECT * FROM status_partner" + page
                        + " ORDER BY project_id, partner_code", PROGRESS, ids).stream()
                .collect(Collectors.groupingBy(PartnerProgress::projectId));
        Map<String, List<OpenPayout>> payoutsByProject = jdbc.query("SELECT project_id, partner_code, request_id,"
                        + " payout_date FROM status_open_disbursement" + page,
                        (rs, row) -> Map.entry(rs.getString("project_id"), openPayout(rs)), ids).stream()
                .collect(Collectors.groupingBy(Map.Entry::getKey,
                        Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
        return new ProjectSummaries(projects.stream().map(project -> {
            List<PartnerProgress> partners = partnersByProject.getOrDefault(project.projectId(), List.of());
            List<Deadline> deadlines = deadlines(partners, payoutsByProject.getOrDefault(project.projectId(),
                    List.of()), project.runningTo(), query.today());
            return new ProjectSummary(project.projectId(), project.title(), project.programme(), project.lead(),
                    project.applicationDeadline(), project.runningFrom(), project.runningTo(),
                    partners.stream().map(PartnerProgress::partnerCode).toList(), stageOf(project.lead(), partners),
                    deadlines.stream().findFirst().orElse(null), deadlines.stream().filter(Deadline::overdue).count());
        }).toList());
    }

    @QueryHandler
    public PartnerPage handle(FindPartners query) {
        return new PartnerPage(jdbc.query("SELECT project_id, partner_code, name, municipal_key FROM status_partner"
                        + " ORDER BY project_id, partner_code LIMIT ? OFFSET ?", (rs, row) -> new PartnerPage.Partner(
                        rs.getString("project_id"), rs.getString("partner_code"), rs.getString("name"),
                        rs.getString("municipal_key")), query.limit(), query.offset()),
                jdbc.queryForObject("SELECT COUNT(*) FROM status_partner", Long.class));
    }

    private record RegisteredProject(String projectId, String title, String programme, String lead,
                                     LocalDate applicationDeadline, LocalDate runningFrom, LocalDate runningTo) {
    }

    /** The project's status, or {@code null} if no such project is registered. */
    @QueryHandler
    public ProjectStatus handle(FindProjectStatus query) {
        String projectId = query.projectId();
        List<PartnerProgress> partners = jdbc.query(
                "SELECT * FROM status_partner WHERE project_id = ? ORDER BY lead_partner DESC, partner_code",
                PROGRESS, projectId);
        List<OpenPayout> payouts = jdbc.query("SELECT partner_code, request_id, payout_date"
                + " FROM status_open_disbursement WHERE project_id = ?", (rs, row) -> openPayout(rs), projectId);
        List<ProjectStatus.MeasureView> measures = jdbc.query(
                "SELECT code, title FROM status_measure WHERE project_id = ? ORDER BY code",
                (rs, row) -> new ProjectStatus.MeasureView(rs.getString("code"), rs.getString("title")), projectId);
        return jdbc.query("SELECT * FROM status_project WHERE project_id = ?", (rs, row) -> {
            String lead = rs.getString("lead_partner");
            ProjectStage stage = stageOf(lead, partners);
            List<Prerequisite> missing = partners.stream().anyMatch(p -> p.partnerCode().equals(lead))
                    ? List.of() : List.of(Prerequisite.leadPartner(lead));
            LocalDate runningTo = Dates.of(rs.getDate("running_to"));
            return new ProjectStatus(projectId, rs.getString("title"), rs.getString("programme"), lead,
                    Dates.of(rs.getDate("application_deadline")), Dates.of(rs.getDate("running_from")), runningTo,
                    measures, stage, stage != ProjectStage.CONSORTIUM_FORMING, missing, partners.stream()
                    .map(p -> p.toStatus(payoutsOf(payouts, p), query.today())).toList(),
                    deadlines(partners, payouts, runningTo, query.today()));
        }, projectId).stream().findFirst().orElse(null);
    }

    /** Every partner's deadlines and, while a funded partner still spends, the end of the running time; by date. */
    private static List<Deadline> deadlines(List<PartnerProgress> partners, List<OpenPayout> payouts,
                                            LocalDate runningTo, LocalDate today) {
        List<Deadline> deadlines = new ArrayList<>();
        partners.forEach(partner -> deadlines.addAll(partner.deadlines(payoutsOf(payouts, partner), today)));
        if (partners.stream().anyMatch(PartnerProgress::stillSpending)) {
            deadlines.add(Deadline.of(DeadlineKind.RUNNING_TIME_END, "end of the running time", runningTo, today,
                    null, null, null));
        }
        deadlines.sort(Comparator.comparing(Deadline::date));
        return deadlines;
    }

    private static List<OpenPayout> payoutsOf(List<OpenPayout> payouts, PartnerProgress partner) {
        return payouts.stream().filter(payout -> payout.partnerCode().equals(partner.partnerCode())).toList();
    }

    private static OpenPayout openPayout(ResultSet rs) throws SQLException {
        return new OpenPayout(rs.getString("partner_code"), rs.getString("request_id"),
                rs.getDate("payout_date").toLocalDate());
    }

    private static ProjectStage stageOf(String leadPartner, List<PartnerProgress> partners) {
        boolean leadJoined = partners.stream().anyMatch(p -> p.partnerCode().equals(leadPartner));
        return ProjectStage.of(leadJoined, partners.stream().map(PartnerProgress::stage).toList());
    }

    private void closeDisbursement(PartnerId id, String requestId, long version) {
        openPayout(id, requestId, payout -> payout.update("DELETE FROM status_open_disbursement"
                + " WHERE project_id = ? AND partner_code = ? AND request_id = ?", id.projectId(), id.partnerCode(),
                requestId));
        updatePartner(id, version, null);
    }

    /** A request's open payout is set or closed outright: in a replayed batch the later of the two counts. */
    private void openPayout(PartnerId id, String requestId, Consumer<ReadModelWrites.Statements> statements) {
        writes.replace(List.of("open payout", id.projectId(), id.partnerCode(), requestId), statements);
    }

    /**
     * Sets the given columns outright, and the aggregate version the row now reflects: a later update of the same
     * columns of the partner replaces this one.
     */
    private void updatePartner(PartnerId id, long version, String assignments, Object... values) {
        writes.set(partnerUpdate(assignments), List.of(id.projectId(), id.partnerCode()),
                SqlArguments.of(values, version, id.projectId(), id.partnerCode()));
    }

    private static String partnerUpdate(String assignments) {
        String set = assignments == null ? "" : assignments + ", ";
        return "UPDATE status_partner SET " + set + "version = ? WHERE project_id = ? AND partner_code = ?";
    }

    private static final org.springframework.jdbc.core.RowMapper<PartnerProgress> PROGRESS =
            ProjectStatusProjection::progress;

    private static PartnerProgress progress(ResultSet rs, int row) throws SQLException {
        return new PartnerProgress(rs.getString("project_id"), rs.getString("partner_code"), rs.getString("name"),
                rs.getString("municipal_key"), rs.getBoolean("lead_partner"),
                Dates.of(rs.getDate("application_deadline")), Dates.of(rs.getDate("cost_plan_set_on")),
                rs.getString("application_approved_by"), rs.getString("own_share_financed_by"),
                Dates.of(rs.getDate("application_submitted_on")), Dates.of(rs.getDate("grant_decided_on")),
                (Boolean) rs.getObject("grant_awarded"), rs.getLong("version"), rs.getBoolean("has_phase_a"),
                rs.getBoolean("has_phase_b"), rs.getString("strategy_adopted_by"),
                Dates.of(rs.getDate("proof_a_accepted_on")), Dates.of(rs.getDate("proof_b_accepted_on")));
    }
}
