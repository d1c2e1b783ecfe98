package de.consortium.projections.support;

import de.consortium.domain.application.ApplicationSubmitted;
import de.consortium.domain.costplan.CostLine;
import de.consortium.domain.costplan.CostPlanLine;
import de.consortium.domain.costplan.CostPlanSet;
import de.consortium.domain.costplan.Phase;
import de.consortium.domain.costplan.YearlyFunding;
import de.consortium.domain.disbursement.DisbursementRequested;
import de.consortium.domain.disbursement.IncurredCost;
import de.consortium.domain.grant.GrantAwarded;
import de.consortium.domain.money.FundingRate;
import de.consortium.domain.money.Money;
import de.consortium.domain.project.PartnerId;
import de.consortium.domain.partner.PartnerJoinedConsortium;
import de.consortium.domain.project.Measure;
import de.consortium.domain.project.ProjectRegistered;
import de.consortium.domain.project.RunningTime;
import de.consortium.domain.resolution.CouncilResolutionPassed;
import de.consortium.domain.resolution.ResolutionOutcome;
import de.consortium.domain.resolution.ResolutionSubject;
import de.consortium.domain.resolution.Votes;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** Events of the CUT case as projections receive them. */
public final class CutEvents {

    public static final String PROJECT = "SC20-SFQRL";
    public static final PartnerId HAMBURG = new PartnerId(PROJECT, "FHH");
    public static final PartnerId MUNICH = new PartnerId(PROJECT, "LHM");
    public static final RunningTime RUNNING_TIME = new RunningTime(LocalDate.of(2021, 1, 1), LocalDate.of(2025, 12, 31));
    public static final CostLine STAFF = CostLine.of("2.1.1");
    public static final CostLine CONSULTANTS = CostLine.of("2.1.5");

    private CutEvents() {
    }

    public static ProjectRegistered registered() {
        return new ProjectRegistered(PROJECT, "Connected Urban Twins", "KfW 436", "FHH", LocalDate.of(2020, 5, 20),
                RUNNING_TIME, List.of(new Measure("M1", "Urban data platforms & digital twins")),
                LocalDate.of(2020, 5, 5));
    }

    public static PartnerJoinedConsortium joined(PartnerId partner, String name, boolean lead) {
        return new PartnerJoinedConsortium(partner, name, lead ? "02000000" : "09162000", lead,
                LocalDate.of(2020, 5, 20), RUNNING_TIME, LocalDate.of(2020, 5, 5));
    }

    /** Munich: 9,777,692.31 EUR in 2021 (staff and consultants) and 2022. */
    public static CostPlanSet munichPlan() {
        List<CostPlanLine> lines = List.of(
                new CostPlanLine(2021, STAFF, Money.ofEuros("4000000.00"), Phase.B),
                new CostPlanLine(2021, CONSULTANTS, Money.ofEuros("777692.31"), Phase.B),
                new CostPlanLine(2022, STAFF, Money.ofEuros("5000000.00"), Phase.B));
        return new CostPlanSet(MUNICH, FundingRate.STANDARD, Money.ZERO, List.of(), lines, List.of(
                new YearlyFunding(2021, Money.ofEuros("4777692.31"), Money.ofEuros("3105500.00"), Money.ofEuros("1672192.31")),
                new YearlyFunding(2022, Money.ofEuros("5000000.00"), Money.ofEuros("3250000.00"), Money.ofEuros("1750000.00"))),
                Money.ofEuros("9777692.31"), Money.ofEuros("6355500.00"), Money.ofEuros("3422192.31"),
                LocalDate.of(2020, 5, 5));
    }

    /** An earlier draft of Munich's plan, revised by {@link #munichPlan()}: 100,000.00 EUR of staff in 2023. */
    public static CostPlanSet munichDraftPlan() {
        return new CostPlanSet(MUNICH, FundingRate.STANDARD, Money.ZERO, List.of(),
                List.of(new CostPlanLine(2023, STAFF, Money.ofEuros("100000.00"), Phase.A)),
                List.of(new YearlyFunding(2023, Money.ofEuros("100000.00"), Money.ofEuros("65000.00"),
                        Money.ofEuros("35000.00"))),
                Money.ofEuros("100000.00"), Money.ofEuros("65000.00"), Money.ofEuros("35000.00"),
                LocalDate.of(2020, 5, 1));
    }

    public static CouncilResolutionPassed resolution(PartnerId partner, String paper, LocalDate session,
                                                     ResolutionOutcome outcome, ResolutionSubject... subjects) {
        return new CouncilResolutionPassed(partner, paper, "Bewerbung Modellprojekt Smart Cities",
                "Vollversammlung des Stadtrates", session, true, Set.of(subjects), outcome, new Votes(null, 0, 10),
                List.of("14-20 / A 06936"));
    }

    public static CouncilResolutionPassed munichStrategy() {
        return resolution(MUNICH, "14-20 / V 12345", LocalDate.of(2019, 7, 24), ResolutionOutcome.ADOPTED,
                ResolutionSubject.STRATEGY_ADOPTION);
    }

    public static CouncilResolutionPassed munichMandate() {
        return resolution(MUNICH, "14-20 / V 18416", LocalDate.of(2020, 5, 13), ResolutionOutcome.ADOPTED,
                ResolutionSubject.APPLICATION_APPROVAL, ResolutionSubject.OWN_SHARE_FINANCING);
    }

    public static ApplicationSubmitted munichApplied() {
        return new ApplicationSubmitted(MUNICH, LocalDate.of(2020, 5, 19), Money.ofEuros("9777692.31"),
                Money.ofEuros("6355500.00"), List.of("14-20 / V 18416"));
    }

    public static GrantAwarded munichGranted() {
        return new GrantAwarded(MUNICH, LocalDate.of(2020, 12, 15), Money.ofEuros("6355500.00"), "KfW");
    }

    public static DisbursementRequested munichRequested(String requestId, String staffEuros, String consultantEuros) {
        Money staff = Money.ofEuros(staffEuros);
        Money consultants = Money.ofEuros(consultantEuros);
        Money costs = staff.plus(consultants);
        return new DisbursementRequested(MUNICH, requestId, LocalDate.of(2021, 7, 5), LocalDate.of(2021, 1, 1),
                LocalDate.of(2021, 6, 30), LocalDate.of(2021, 7, 31), Phase.B, false,
                List.of(new IncurredCost(2021, STAFF, staff), new IncurredCost(2021, CONSULTANTS, consultants)),
                costs, FundingRate.STANDARD.grantFor(costs));
    }
}
