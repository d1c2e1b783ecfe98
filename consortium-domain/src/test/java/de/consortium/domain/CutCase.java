package de.consortium.domain;

import de.consortium.domain.application.ApplicationSubmitted;
import de.consortium.domain.costplan.CostLine;
import de.consortium.domain.costplan.CostPlanLine;
import de.consortium.domain.costplan.CostPlanSet;
import de.consortium.domain.costplan.Phase;
import de.consortium.domain.costplan.SetCostPlan;
import de.consortium.domain.costplan.YearlyFunding;
import de.consortium.domain.disbursement.DisbursementRequested;
import de.consortium.domain.disbursement.IncurredCost;
import de.consortium.domain.disbursement.RequestDisbursement;
import de.consortium.domain.grant.GrantAwarded;
import de.consortium.domain.money.FundingRate;
import de.consortium.domain.money.Money;
import de.consortium.domain.project.Measure;
import de.consortium.domain.project.PartnerId;
import de.consortium.domain.project.ProjectRegistered;
import de.consortium.domain.partner.PartnerJoinedConsortium;
import de.consortium.domain.project.ProjectTerms;
import de.consortium.domain.project.RunningTime;
import de.consortium.domain.resolution.CouncilResolutionPassed;
import de.consortium.domain.resolution.ResolutionOutcome;
import de.consortium.domain.resolution.ResolutionSubject;
import de.consortium.domain.resolution.Votes;

import de.consortium.domain.repayment.BaseRates;
import de.consortium.domain.rules.ActingPrincipal;
import org.axonframework.messaging.MetaData;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * "Connected Urban Twins" (docs/domain.md), the case every module's tests use: Munich's part as given/when/then
 * fixtures need it and the events projections receive. The API's tests send the same figures over HTTP
 * ({@code CutRequests}). Published as the domain's test jar.
 */
public final class CutCase {

    public static final Clock TODAY = Clock.fixed(Instant.parse("2026-11-21T10:00:00Z"), ZoneId.of("Europe/Berlin"));
    public static final String PROJECT = "SC20-SFQRL";
    public static final PartnerId HAMBURG = new PartnerId(PROJECT, "FHH");
    public static final PartnerId LEIPZIG = new PartnerId(PROJECT, "LE");
    public static final PartnerId MUNICH = new PartnerId(PROJECT, "LHM");
    public static final LocalDate DEADLINE = LocalDate.of(2020, 5, 20);
    public static final RunningTime RUNNING_TIME = new RunningTime(LocalDate.of(2021, 1, 1), LocalDate.of(2025, 12, 31));
    public static final ProjectTerms TERMS = new ProjectTerms(PROJECT, "FHH", DEADLINE, RUNNING_TIME);

    public static final Money MUNICH_ELIGIBLE = Money.ofEuros("9777692.31");
    public static final Money MUNICH_GRANT = Money.ofEuros("6355500.00");
    public static final Money MUNICH_OWN_SHARE = Money.ofEuros("3422192.31");
    public static final LocalDate SESSION = LocalDate.of(2020, 5, 13);
    public static final LocalDate GRANT_DECIDED = LocalDate.of(2020, 12, 15);

    public static final MetaData APPROVER = MetaData.with(ActingPrincipal.PRINCIPAL, "kfw-approver");
    public static final MetaData PAYER = MetaData.with(ActingPrincipal.PRINCIPAL, "kfw-payer");
    public static final CostLine STAFF = CostLine.of("2.1.1");
    public static final CostLine CONSULTANTS = CostLine.of("2.1.5");
    /** Section 247 BGB base rates as the Bundesbank published them, 2016 to 2023. */
    public static final BaseRates BASE_RATES = new BaseRates(List.of(
            new BaseRates.Change(LocalDate.of(2016, 7, 1), new BigDecimal("-0.88")),
            new BaseRates.Change(LocalDate.of(2023, 1, 1), new BigDecimal("1.62")),
            new BaseRates.Change(LocalDate.of(2023, 7, 1), new BigDecimal("3.12"))));

    private CutCase() {
    }

    public static ProjectRegistered registered() {
        return new ProjectRegistered(PROJECT, "Connected Urban Twins", "KfW 436", "FHH", DEADLINE, RUNNING_TIME,
                List.of(new Measure("M1", "Urban data platforms & digital twins")), LocalDate.of(2020, 5, 5));
    }

    /** The municipal keys (Gemeindeschlüssel) of the three cities. */
    private static final Map<String, String> MUNICIPAL_KEYS = Map.of("FHH", "02000000", "LE", "14713000",
            "LHM", "09162000");

    public static PartnerJoinedConsortium joined(PartnerId partner, String name, boolean lead) {
        return new PartnerJoinedConsortium(partner, name, MUNICIPAL_KEYS.get(partner.partnerCode()), lead, DEADLINE,
                RUNNING_TIME, LocalDate.of(2020, 5, 5));
    }

    public static PartnerJoinedConsortium hamburgJoined() {
        return joined(HAMBURG, "Freie und Hansestadt Hamburg", true);
    }

    public static PartnerJoinedConsortium leipzigJoined() {
        return joined(LEIPZIG, "Stadt Leipzig", false);
    }

    public static PartnerJoinedConsortium munichJoined() {
        return joined(MUNICH, "Landeshauptstadt München", false);
    }

    /** Munich's 9,777,692.31 EUR spread over the five years on the staff line. */
    public static List<CostPlanLine> munichLines() {
        return List.of(
                new CostPlanLine(2021, STAFF, Money.ofEuros("1900000.00"), Phase.B),
                new CostPlanLine(2022, STAFF, Money.ofEuros("2000000.00"), Phase.B),
                new CostPlanLine(2023, STAFF, Money.ofEuros("2000000.00"), Phase.B),
                new CostPlanLine(2024, STAFF, Money.ofEuros("1950000.00"), Phase.B),
                new CostPlanLine(2025, STAFF, Money.ofEuros("1927692.31"), Phase.B));
    }

    public static SetCostPlan setMunichPlan() {
        return new SetCostPlan(MUNICH, FundingRate.STANDARD, List.of(), munichLines(), LocalDate.of(2020, 5, 5));
    }

    public static CostPlanSet munichPlanSet() {
        return new CostPlanSet(MUNICH, FundingRate.STANDARD, Money.ZERO, List.of(), munichLines(), List.of(
                new YearlyFunding(2021, Money.ofEuros("1900000.00"), Money.ofEuros("1235000.00"), Money.ofEuros("665000.00")),
                new YearlyFunding(2022, Money.ofEuros("2000000.00"), Money.ofEuros("1300000.00"), Money.ofEuros("700000.00")),
                new YearlyFunding(2023, Money.ofEuros("2000000.00"), Money.ofEuros("1300000.00"), Money.ofEuros("700000.00")),
                new YearlyFunding(2024, Money.ofEuros("1950000.00"), Money.ofEuros("1267500.00"), Money.ofEuros("682500.00")),
                new YearlyFunding(2025, Money.ofEuros("1927692.31"), Money.ofEuros("1253000.00"), Money.ofEuros("674692.31"))),
                MUNICH_ELIGIBLE, MUNICH_GRANT, MUNICH_OWN_SHARE, LocalDate.of(2020, 5, 5));
    }

    /** A resolution of {@code partner}'s plenary on the application, with the votes as the minutes give them. */
    public static CouncilResolutionPassed resolution(PartnerId partner, String paper, LocalDate session,
                                                     ResolutionOutcome outcome, ResolutionSubject... subjects) {
        return new CouncilResolutionPassed(partner, paper, "Bewerbung Modellprojekt Smart Cities",
                "Vollversammlung des Stadtrates", session, true, Set.of(subjects), outcome, new Votes(null, 0, 10),
                List.of("14-20 / A 06936"), null, null);
    }

    /** The plenary's resolution of 13.05.2020 on paper 14-20 / V 18416. */
    public static CouncilResolutionPassed munichResolution(ResolutionOutcome outcome, ResolutionSubject... subjects) {
        return resolution(MUNICH, "14-20 / V 18416", SESSION, outcome, subjects);
    }

    public static CouncilResolutionPassed munichMandate() {
        return munichResolution(ResolutionOutcome.ADOPTED, ResolutionSubject.APPLICATION_APPROVAL,
                ResolutionSubject.OWN_SHARE_FINANCING);
    }

    public static ApplicationSubmitted munichApplied() {
        return new ApplicationSubmitted(MUNICH, LocalDate.of(2020, 5, 19), MUNICH_ELIGIBLE, MUNICH_GRANT,
                List.of("14-20 / V 18416"));
    }

    public static GrantAwarded munichGranted() {
        return new GrantAwarded(MUNICH, GRANT_DECIDED, MUNICH_GRANT, "KfW 436 SC20-SFQRL");
    }

    /** Illustrative: the seeds name the strategies but not the dates of their adoption. */
    public static CouncilResolutionPassed munichStrategy() {
        return resolution(MUNICH, "14-20 / V 12345", LocalDate.of(2019, 7, 24), ResolutionOutcome.ADOPTED,
                ResolutionSubject.STRATEGY_ADOPTION);
    }

    /** Joined, with plan, strategy and mandate: ready to apply. */
    public static Object[] munichPrepared() {
        return new Object[]{munichJoined(), munichPlanSet(), munichStrategy(), munichMandate()};
    }

    public static Object[] munichFunded() {
        return new Object[]{munichJoined(), munichPlanSet(), munichStrategy(), munichMandate(), munichApplied(),
                munichGranted()};
    }

    /** Costs of the first half of 2021, requested on 05.07.2021 for the payout at the end of July. */
    public static RequestDisbursement firstRequest(String requestId, Money staffCosts) {
        return request(requestId, LocalDate.of(2021, 1, 1), false, new IncurredCost(2021, STAFF, staffCosts));
    }

    /** Costs of the second half of 2021, requested on 05.01.2022 for the payout at the end of January. */
    public static RequestDisbursement secondRequest(String requestId, Money staffCosts) {
        return request(requestId, LocalDate.of(2021, 7, 1), false, new IncurredCost(2021, STAFF, staffCosts));
    }

    /** A phase-B request for the six months from {@code periodStart}, filed five days after, paid at that month's end. */
    public static RequestDisbursement request(String requestId, LocalDate periodStart, boolean finalInstallment,
                                             IncurredCost... costs) {
        LocalDate periodEnd = periodStart.plusMonths(6).minusDays(1);
        LocalDate requestedOn = periodEnd.plusDays(5);
        return new RequestDisbursement(MUNICH, requestId, requestedOn, periodStart, periodEnd,
                requestedOn.withDayOfMonth(requestedOn.lengthOfMonth()), Phase.B, finalInstallment, List.of(costs));
    }

    public static DisbursementRequested requested(RequestDisbursement r) {
        Money costs = r.costs().stream().map(IncurredCost::amount).reduce(Money.ZERO, Money::plus);
        return new DisbursementRequested(MUNICH, r.requestId(), r.requestedOn(), r.periodStart(), r.periodEnd(),
                r.payoutDate(), r.phase(), r.finalInstallment(), r.costs(), costs, FundingRate.STANDARD.grantFor(costs));
    }

    public static DisbursementRequested firstRequested(String requestId, Money staffCosts) {
        return requested(firstRequest(requestId, staffCosts));
    }

    /** Munich's plan as revised to two years: 9,777,692.31 EUR in 2021 (staff and consultants) and 2022. */
    public static CostPlanSet munichTwoYearPlan() {
        List<CostPlanLine> lines = List.of(
                new CostPlanLine(2021, STAFF, Money.ofEuros("4000000.00"), Phase.B),
                new CostPlanLine(2021, CONSULTANTS, Money.ofEuros("777692.31"), Phase.B),
                new CostPlanLine(2022, STAFF, Money.ofEuros("5000000.00"), Phase.B));
        return new CostPlanSet(MUNICH, FundingRate.STANDARD, Money.ZERO, List.of(), lines, List.of(
                new YearlyFunding(2021, Money.ofEuros("4777692.31"), Money.ofEuros("3105500.00"), Money.ofEuros("1672192.31")),
                new YearlyFunding(2022, Money.ofEuros("5000000.00"), Money.ofEuros("3250000.00"), Money.ofEuros("1750000.00"))),
                MUNICH_ELIGIBLE, MUNICH_GRANT, MUNICH_OWN_SHARE, LocalDate.of(2020, 5, 5));
    }

    /** An earlier draft of Munich's plan, revised later: 100,000.00 EUR of staff in 2023. */
    public static CostPlanSet munichDraftPlan() {
        return new CostPlanSet(MUNICH, FundingRate.STANDARD, Money.ZERO, List.of(),
                List.of(new CostPlanLine(2023, STAFF, Money.ofEuros("100000.00"), Phase.A)),
                List.of(new YearlyFunding(2023, Money.ofEuros("100000.00"), Money.ofEuros("65000.00"),
                        Money.ofEuros("35000.00"))),
                Money.ofEuros("100000.00"), Money.ofEuros("65000.00"), Money.ofEuros("35000.00"),
                LocalDate.of(2020, 5, 1));
    }

    /** Munich's first request of the two-year plan: staff and consultants of the first half of 2021. */
    public static DisbursementRequested munichRequested(String requestId, String staffEuros, String consultantEuros) {
        return requested(request(requestId, LocalDate.of(2021, 1, 1), false,
                new IncurredCost(2021, STAFF, Money.ofEuros(staffEuros)),
                new IncurredCost(2021, CONSULTANTS, Money.ofEuros(consultantEuros))));
    }
}
