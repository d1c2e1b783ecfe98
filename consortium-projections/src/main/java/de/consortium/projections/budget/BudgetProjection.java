package de.consortium.projections.budget;

import de.consortium.domain.costplan.CostLine;
import de.consortium.domain.costplan.CostPlanSet;
import de.consortium.domain.costplan.FundingSplit;
import de.consortium.domain.costplan.Phase;
import de.consortium.domain.disbursement.DisbursementApproved;
import de.consortium.domain.disbursement.DisbursementPaid;
import de.consortium.domain.disbursement.DisbursementRejected;
import de.consortium.domain.disbursement.DisbursementRequested;
import de.consortium.domain.disbursement.DisbursementStatus;
import de.consortium.domain.grant.GrantAwarded;
import de.consortium.domain.money.FundingRate;
import de.consortium.domain.money.Money;
import de.consortium.domain.project.PartnerId;
import de.consortium.domain.partner.PartnerJoinedConsortium;
import de.consortium.domain.repayment.RepaymentClaimed;
import de.consortium.projections.support.Euros;
import de.consortium.projections.support.ReadModelWrites;
import de.consortium.projections.support.RowMerge;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The budget drawdown per partner, year and cost line: planned, requested, approved, paid and remaining, with
 * grant versus own share. Plans are replaced whole; requests are keyed by their id, so redelivery is harmless.
 */
@Component
@ProcessingGroup(BudgetProjection.GROUP)
public class BudgetProjection {

    public static final String GROUP = "budget";
    private static final String PARTNER = " WHERE project_id = ? AND partner_code = ?";
    private static final String REQUEST = PARTNER + " AND request_id = ?";

    private final JdbcTemplate jdbc;
    private final ReadModelWrites writes;
    /** A request recorded again is as requested, its costs recorded anew. */
    private final String setRequest = RowMerge.into("budget_request", 3, "project_id VARCHAR", "partner_code VARCHAR",
            "request_id VARCHAR", "status VARCHAR", "grant_amount BIGINT", "phase VARCHAR");

    public BudgetProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.writes = new ReadModelWrites(jdbc);
    }

    @EventHandler
    void on(PartnerJoinedConsortium event) {
        PartnerId id = event.partnerId();
        writes.update("DELETE FROM budget_partner" + PARTNER, id.projectId(), id.partnerCode());
        writes.update("INSERT INTO budget_partner (project_id, partner_code, name) VALUES (?, ?, ?)",
                id.projectId(), id.partnerCode(), event.name());
    }

    /** A plan replaces the partner's plan whole: a later plan in the same replayed batch takes its place. */
    @EventHandler
    void on(CostPlanSet event) {
        PartnerId id = event.partnerId();
        writes.replace(List.of("cost plan", id.projectId(), id.partnerCode()), plan -> {
            plan.update("UPDATE budget_partner SET funding_rate = ?, grant_percent = ?, third_party_funds = ?,"
                            + " eligible_costs = ?, planned_grant = ?, own_share = ?" + PARTNER,
                    event.fundingRate().name(), event.fundingRate().grantPercent(), event.thirdPartyFunds().cents(),
                    event.eligibleCosts().cents(), event.grant().cents(), event.ownShare().cents(),
                    id.projectId(), id.partnerCode());
            plan.update("DELETE FROM budget_line" + PARTNER, id.projectId(), id.partnerCode());
            // the drawdown is followed per year and cost line; a line planned in both phases counts once, summed
            Map<List<Object>, Long> plannedByYearAndLine = new TreeMap<>(Comparator.comparing(Object::toString));
            event.lines().forEach(line -> plannedByYearAndLine.merge(List.of(line.year(), line.costLine().code()),
                    line.eligibleCosts().cents(), Long::sum));
            plannedByYearAndLine.forEach((key, planned) -> plan.update("INSERT INTO budget_line (project_id,"
                            + " partner_code, plan_year, cost_line, planned) VALUES (?, ?, ?, ?, ?)", id.projectId(),
                    id.partnerCode(), key.get(0), key.get(1), planned));
            plan.update("DELETE FROM budget_phase" + PARTNER, id.projectId(), id.partnerCode());
            Map<Phase, Long> plannedByPhase = new EnumMap<>(Phase.class);
            event.lines().forEach(line -> plannedByPhase.merge(line.phase(), line.eligibleCosts().cents(), Long::sum));
            plannedByPhase.forEach((phase, planned) -> plan.update("INSERT INTO budget_phase (project_id,"
                    + " partner_code, phase, planned) VALUES (?, ?, ?, ?)", id.projectId(), id.partnerCode(),
                    phase.name(), planned));
        });
    }

    @EventHandler
    void on(GrantAwarded event) {
        PartnerId id = event.partnerId();
        writes.update("UPDATE budget_partner SET granted = ?" + PARTNER, event.grantAmount().cents(), id.projectId(),
                id.partnerCode());
    }

    @EventHandler
    void on(DisbursementRequested event) {
        PartnerId id = event.partnerId();
        writes.update("DELETE FROM budget_request_cost" + REQUEST, id.projectId(), id.partnerCode(), event.requestId());
        writes.update(setRequest, id.projectId(), id.partnerCode(), event.requestId(),
                DisbursementStatus.REQUESTED.name(), event.grantAmount().cents(), event.phase().name());
        event.costs().forEach(cost -> writes.update("INSERT INTO budget_request_cost (project_id, partner_code,"
                        + " request_id, cost_year, cost_line, amount) VALUES (?, ?, ?, ?, ?, ?)", id.projectId(),
                id.partnerCode(), event.requestId(), cost.year(), cost.costLine().code(), cost.amount().cents()));
    }

    @EventHandler
    void on(DisbursementApproved event) {
        setStatus(event.partnerId(), event.requestId(), DisbursementStatus.APPROVED);
    }

    @EventHandler
    void on(DisbursementRejected event) {
        setStatus(event.partnerId(), event.requestId(), DisbursementStatus.REJECTED);
    }

    @EventHandler
    void on(DisbursementPaid event) {
        setStatus(event.partnerId(), event.requestId(), DisbursementStatus.PAID);
    }

    @EventHandler
    void on(RepaymentClaimed event) {
        PartnerId id = event.partnerId();
        writes.update("DELETE FROM budget_repayment" + PARTNER + " AND claim_id = ?", id.projectId(), id.partnerCode(),
                event.claimId());
        writes.update("INSERT INTO budget_repayment (project_id, partner_code, claim_id, principal, interest)"
                        + " VALUES (?, ?, ?, ?, ?)", id.projectId(), id.partnerCode(), event.claimId(),
                event.principal().cents(), event.interest().cents());
    }

    @ResetHandler
    void reset() {
        for (String table : List.of("budget_repayment", "budget_request_cost", "budget_request", "budget_line",
                "budget_phase", "budget_partner")) {
            writes.update("DELETE FROM " + table);
        }
    }

    @QueryHandler
    public ProjectBudget handle(FindBudget query) {
        String projectId = query.projectId();
        Map<String, Drawn> grantDrawn = new HashMap<>();
        jdbc.query("SELECT r.partner_code, " + Drawn.sums("r.grant_amount") + " FROM budget_request r"
                + " WHERE r.project_id = ? GROUP BY r.partner_code",
                rs -> {
                    grantDrawn.put(rs.getString("partner_code"), drawn(rs));
                }, projectId);
        Map<String, long[]> reclaimed = new HashMap<>();
        jdbc.query("SELECT partner_code, SUM(principal) AS principal, SUM(interest) AS interest FROM budget_repayment"
                + " WHERE project_id = ? GROUP BY partner_code",
                rs -> {
                    reclaimed.put(rs.getString("partner_code"),
                            new long[]{rs.getLong("principal"), rs.getLong("interest")});
                }, projectId);
        Map<String, Map<Integer, Map<String, Long>>> planned = new HashMap<>();
        jdbc.query("SELECT partner_code, plan_year, cost_line, planned FROM budget_line WHERE project_id = ?",
                rs -> {
                    planned.computeIfAbsent(rs.getString("partner_code"), p -> new TreeMap<>())
                            .computeIfAbsent(rs.getInt("plan_year"), y -> new TreeMap<>())
                            .put(rs.getString("cost_line"), rs.getLong("planned"));
                }, projectId);
        Map<String, Map<Phase, Long>> plannedPhases = new HashMap<>();
        jdbc.query("SELECT partner_code, phase, planned FROM budget_phase WHERE project_id = ?",
                rs -> {
                    plannedPhases.computeIfAbsent(rs.getString("partner_code"), p -> new EnumMap<>(Phase.class))
                            .put(Phase.valueOf(rs.getString("phase")), rs.getLong("planned"));
                }, projectId);
        Map<String, Map<Phase, Drawn>> drawnPhases = new HashMap<>();
        jdbc.query("SELECT r.partner_code, r.phase, " + Drawn.sums("r.grant_amount") + " FROM budget_request r"
                        + " WHERE r.project_id = ? GROUP BY r.partner_code, r.phase",
                rs -> {
                    drawnPhases.computeIfAbsent(rs.getString("partner_code"), p -> new EnumMap<>(Phase.class))
                            .put(Phase.valueOf(rs.getString("phase")), drawn(rs));
                }, projectId);
        Map<String, Map<Integer, Map<String, Drawn>>> drawnCosts = new HashMap<>();
        jdbc.query("SELECT c.partner_code, c.cost_year, c.cost_line, " + Drawn.sums("c.amount")
                + " FROM budget_request_cost c JOIN budget_request r ON r.project_id = c.project_id"
                + " AND r.partner_code = c.partner_code AND r.request_id = c.request_id"
                + " WHERE c.project_id = ? GROUP BY c.partner_code, c.cost_year, c.cost_line",
                rs -> {
                    drawnCosts.computeIfAbsent(rs.getString("partner_code"), p -> new TreeMap<>())
                            .computeIfAbsent(rs.getInt("cost_year"), y -> new TreeMap<>())
                            .put(rs.getString("cost_line"), drawn(rs));
                }, projectId);

        List<PartnerBudget> partners = jdbc.query("SELECT * FROM budget_partner WHERE project_id = ?"
                + " ORDER BY partner_code", (rs, row) -> {
            String code = rs.getString("partner_code");
            return new PartnerBudget(code, rs.getString("name"), fundingRate(rs.getString("funding_rate")),
                    (Integer) rs.getObject("grant_percent"), Euros.of(rs.getLong("eligible_costs")),
                    Euros.of(rs.getLong("planned_grant")), Euros.of(rs.getLong("own_share")),
                    Euros.of(rs.getLong("third_party_funds")),
                    drawdown(rs.getLong("granted"), grantDrawn.getOrDefault(code, Drawn.NONE),
                            reclaimed.getOrDefault(code, new long[2])),
                    phases(fundingRate(rs.getString("funding_rate")), plannedPhases.getOrDefault(code, Map.of()),
                            drawnPhases.getOrDefault(code, Map.of())),
                    years(split(fundingRate(rs.getString("funding_rate")), planned.getOrDefault(code, Map.of())),
                            drawnCosts.getOrDefault(code, Map.of())));
        }, projectId);
        return ProjectTotals.of(projectId, partners);
    }

    /** The partner's plan as the domain splits its grant, beside what its requests drew on each year and line. */
    private static List<BudgetYear> years(FundingSplit split, Map<Integer, Map<String, Drawn>> drawn) {
        Map<Integer, FundingSplit.Year> planned = new TreeMap<>();
        split.years().forEach(year -> planned.put(year.year(), year));
        TreeSet<Integer> allYears = new TreeSet<>(planned.keySet());
        allYears.addAll(drawn.keySet());
        List<BudgetYear> years = new ArrayList<>();
        for (int year : allYears) {
            FundingSplit.Year plan = planned.getOrDefault(year, new FundingSplit.Year(year, Money.ZERO, Money.ZERO,
                    Money.ZERO, List.of()));
            Map<String, FundingSplit.Line> plannedLines = new TreeMap<>();
            plan.lines().forEach(line -> plannedLines.put(line.costLine().code(), line));
            Map<String, Drawn> drawnLines = drawn.getOrDefault(year, Map.of());
            TreeSet<String> codes = new TreeSet<>(plannedLines.keySet());
            codes.addAll(drawnLines.keySet());
            List<BudgetLine> lines = codes.stream().map(code -> line(plannedLines.getOrDefault(code,
                    new FundingSplit.Line(CostLine.of(code), Money.ZERO, Money.ZERO, Money.ZERO)),
                    drawnLines.getOrDefault(code, Drawn.NONE))).toList();
            years.add(new BudgetYear(year, Euros.of(plan.eligibleCosts().cents()), Euros.of(plan.grant().cents()),
                    Euros.of(plan.ownShare().cents()), lines));
        }
        return years;
    }

    /** Each phase planned or drawn on: its planned costs and the domain's share of the grant, and what was drawn. */
    private static List<PhaseBudget> phases(FundingRate rate, Map<Phase, Long> planned, Map<Phase, Drawn> drawn) {
        Map<Phase, Money> costs = new EnumMap<>(Phase.class);
        planned.forEach((phase, cents) -> costs.put(phase, Money.ofCents(cents)));
        Map<Phase, Money> grants = rate == null ? Map.of() : FundingSplit.grantByPhase(rate, costs);
        EnumSet<Phase> phases = EnumSet.noneOf(Phase.class);
        phases.addAll(planned.keySet());
        phases.addAll(drawn.keySet());
        return phases.stream().map(phase -> {
            long grant = grants.getOrDefault(phase, Money.ZERO).cents();
            Drawn ofPhase = drawn.getOrDefault(phase, Drawn.NONE);
            return new PhaseBudget(phase, Euros.of(planned.getOrDefault(phase, 0L)), Euros.of(grant),
                    Euros.of(ofPhase.requested()), Euros.of(ofPhase.approved()), Euros.of(ofPhase.paid()),
                    Euros.of(grant - ofPhase.requested()));
        }).toList();
    }

    /** The domain's split of the grant over the planned lines (none before a plan is set). */
    private static FundingSplit split(FundingRate rate, Map<Integer, Map<String, Long>> planned) {
        if (rate == null) {
            return new FundingSplit(List.of());
        }
        Map<Integer, Map<CostLine, Money>> costs = new TreeMap<>();
        planned.forEach((year, lines) -> lines.forEach((code, cents) -> costs.computeIfAbsent(year,
                y -> new HashMap<>()).put(CostLine.of(code), Money.ofCents(cents))));
        return FundingSplit.of(rate, costs);
    }

    private static BudgetLine line(FundingSplit.Line plan, Drawn drawn) {
        long planned = plan.eligibleCosts().cents();
        return new BudgetLine(plan.costLine().code(), plan.costLine().title(), Euros.of(planned),
                Euros.of(plan.grant().cents()), Euros.of(plan.ownShare().cents()), Euros.of(drawn.requested()),
                Euros.of(drawn.approved()), Euros.of(drawn.paid()), Euros.of(planned - drawn.requested()));
    }

    private static GrantDrawdown drawdown(long granted, Drawn drawn, long[] reclaimed) {
        return new GrantDrawdown(Euros.of(granted), Euros.of(drawn.requested()), Euros.of(drawn.approved()),
                Euros.of(drawn.paid()), Euros.of(granted - drawn.requested()), Euros.of(reclaimed[0]),
                Euros.of(reclaimed[1]));
    }

    private static Drawn drawn(ResultSet rs) throws SQLException {
        return new Drawn(rs.getLong("requested"), rs.getLong("approved"), rs.getLong("paid"));
    }

    private void setStatus(PartnerId id, String requestId, DisbursementStatus status) {
        writes.update("UPDATE budget_request SET status = ?" + REQUEST, status.name(), id.projectId(), id.partnerCode(),
                requestId);
    }

    private static FundingRate fundingRate(String name) {
        return name == null ? null : FundingRate.valueOf(name);
    }
}
