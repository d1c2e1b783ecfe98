package de.consortium.domain.costplan;

import de.consortium.domain.Refused;
import de.consortium.domain.partner.PartnerJoinedConsortium;
import de.consortium.domain.project.RunningTime;
import de.consortium.domain.CutCase;
import de.consortium.domain.money.FundingRate;
import de.consortium.domain.money.Money;
import de.consortium.domain.partner.Partner;
import de.consortium.domain.partner.PartnerFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.hamcrest.Matchers.containsString;

class SetCostPlanTest {

    private FixtureConfiguration<Partner> fixture;

    @BeforeEach
    void setUp() {
        fixture = PartnerFixture.create();
    }

    private static List<ThirdPartyContribution> stateFunds(String euros) {
        return List.of(new ThirdPartyContribution("Freistaat Bayern", ThirdPartySource.STATE, Money.ofEuros(euros)));
    }

    private static SetCostPlan plan(CostPlanLine... lines) {
        return new SetCostPlan(CutCase.MUNICH, FundingRate.STANDARD, null, List.of(lines), LocalDate.of(2020, 5, 5));
    }

    private static CostPlanLine line(int year, String costLine, String euros, Phase phase) {
        return new CostPlanLine(year, CostLine.of(costLine), Money.ofEuros(euros), phase);
    }

    @Test
    void federalMoneyNeverReplacesTheOwnShare() {
        fixture.given(CutCase.munichJoined())
                .when(new SetCostPlan(CutCase.MUNICH, FundingRate.STANDARD, List.of(new ThirdPartyContribution(
                        "Bundesministerium", ThirdPartySource.FEDERAL, Money.ofEuros("1.00"))), CutCase.munichLines(),
                        LocalDate.of(2020, 5, 5)))
                .expectException(Refused.by("federal-money-never-replaces-own-share"))
                .expectExceptionMessage(containsString("Federal money"))
                .expectNoEvents();
    }

    @Test
    void phaseCaps_phaseAMayPlanExactlyItsCaps() {
        fixture.given(CutCase.munichJoined())
                .when(plan(line(2021, "2.1.1", "1500000.00", Phase.A), line(2021, "2.2.1", "1000000.00", Phase.A)))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void phaseCaps_phaseAAboveTwoAndAHalfMillionIsRefused() {
        fixture.given(CutCase.munichJoined())
                .when(plan(line(2021, "2.1.1", "1500000.01", Phase.A), line(2021, "2.2.1", "1000000.00", Phase.A)))
                .expectException(Refused.by("phase-caps"))
                .expectExceptionMessage(containsString("the cap is 2,500,000.00 EUR"))
                .expectNoEvents();
    }

    @Test
    void phaseCaps_firstInvestmentsAboveOneMillionAreRefused() {
        fixture.given(CutCase.munichJoined())
                .when(plan(line(2021, "2.1.1", "100000.00", Phase.A), line(2021, "2.2.1", "1000000.01", Phase.A)))
                .expectException(Refused.by("phase-caps"))
                .expectExceptionMessage(containsString("first investments"))
                .expectNoEvents();
    }

    @Test
    void phaseCaps_phaseBMayPlanFifteenMillionOverFiveYears() {
        fixture.given(CutCase.munichJoined())
                .when(plan(line(2021, "2.1.1", "7500000.00", Phase.B), line(2025, "2.1.1", "7500000.00", Phase.B)))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void phaseCaps_phaseBAboveFifteenMillionIsRefused() {
        fixture.given(CutCase.munichJoined())
                .when(plan(line(2021, "2.1.1", "7500000.00", Phase.B), line(2025, "2.1.1", "7500000.01", Phase.B)))
                .expectException(Refused.by("phase-caps"))
                .expectExceptionMessage(containsString("the cap is 15,000,000.00 EUR"))
                .expectNoEvents();
    }

    @Test
    void phaseCaps_phaseBLongerThanFiveYearsIsRefused() {
        fixture.given(new PartnerJoinedConsortium(CutCase.MUNICH, "München", "09162000",
                        false, CutCase.DEADLINE, new RunningTime(LocalDate.of(2021, 1, 1),
                        LocalDate.of(2027, 12, 31)), LocalDate.of(2020, 5, 5)))
                .when(plan(line(2021, "2.1.1", "1.00", Phase.B), line(2026, "2.1.1", "1.00", Phase.B)))
                .expectException(Refused.by("phase-caps"))
                .expectExceptionMessage(containsString("at most 5 years"))
                .expectNoEvents();
    }

    @Test
    void externalConsultantsLimit_exactlyOneThirdIsAllowed() {
        fixture.given(CutCase.munichJoined())
                .when(plan(line(2021, "2.1.1", "200000.00", Phase.B), line(2021, "2.1.3", "100000.00", Phase.B),
                        line(2021, "2.1.5", "100000.00", Phase.B), line(2021, "2.1.6", "50000.00", Phase.B)))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void externalConsultantsLimit_moreThanOneThirdIsRefused() {
        fixture.given(CutCase.munichJoined())
                .when(plan(line(2021, "2.1.1", "300000.00", Phase.B), line(2021, "2.1.5", "100000.01", Phase.B)))
                .expectException(Refused.by("external-consultants-limit"))
                .expectExceptionMessage(containsString("at most one third"))
                .expectNoEvents();
    }

    @Test
    void fundingRate_munichsPlanYieldsTheGrantAndOwnShareOfTheCouncilPaper() {
        fixture.given(CutCase.munichJoined())
                .when(CutCase.setMunichPlan())
                .expectEvents(CutCase.munichPlanSet());
    }

    @Test
    void fundingRate_aBudgetEmergencyGrantsNinetyPercent() {
        List<CostPlanLine> lines = List.of(new CostPlanLine(2021, CostLine.of("2.2.1"), Money.ofEuros("100000.00"), Phase.B));
        fixture.given(CutCase.munichJoined())
                .when(new SetCostPlan(CutCase.MUNICH, FundingRate.BUDGET_EMERGENCY, null, lines, LocalDate.of(2020, 5, 5)))
                .expectEvents(new CostPlanSet(CutCase.MUNICH, FundingRate.BUDGET_EMERGENCY, Money.ZERO, List.of(), lines,
                        List.of(new YearlyFunding(2021, Money.ofEuros("100000.00"), Money.ofEuros("90000.00"),
                                Money.ofEuros("10000.00"))),
                        Money.ofEuros("100000.00"), Money.ofEuros("90000.00"), Money.ofEuros("10000.00"),
                        LocalDate.of(2020, 5, 5)));
    }

    @Test
    void costPlanWithinRunningTime_costsOutsideTheRunningTimeAreRefused() {
        List<CostPlanLine> lines = List.of(new CostPlanLine(2026, CostLine.of("2.1.1"), Money.ofEuros("1.00"), Phase.B));
        fixture.given(CutCase.munichJoined())
                .when(new SetCostPlan(CutCase.MUNICH, FundingRate.STANDARD, null, lines, LocalDate.of(2020, 5, 5)))
                .expectException(Refused.by("cost-plan-within-running-time"))
                .expectExceptionMessage(containsString("outside the project's running time"))
                .expectNoEvents();
    }

    @Test
    void thirdPartyFundsLimit_halfTheOwnShareMayComeFromThirdParties() {
        // own share 3,422,192.31 -> at most 1,711,096.15 from third parties
        fixture.given(CutCase.munichJoined())
                .when(new SetCostPlan(CutCase.MUNICH, FundingRate.STANDARD, stateFunds("1711096.15"),
                        CutCase.munichLines(), LocalDate.of(2020, 5, 5)))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void thirdPartyFundsLimit_moreThanHalfTheOwnShareIsRefused() {
        fixture.given(CutCase.munichJoined())
                .when(new SetCostPlan(CutCase.MUNICH, FundingRate.STANDARD, stateFunds("1711096.16"),
                        CutCase.munichLines(), LocalDate.of(2020, 5, 5)))
                .expectException(Refused.by("third-party-funds-limit"))
                .expectExceptionMessage(containsString("more than half of the own share"))
                .expectNoEvents();
    }

    @Test
    void costPlanFixedOnceApplied_thePlanCannotChangeAfterTheApplication() {
        fixture.given(CutCase.munichPrepared()).andGiven(CutCase.munichApplied())
                .when(CutCase.setMunichPlan())
                .expectException(Refused.by("cost-plan-fixed-once-applied"))
                .expectExceptionMessage(containsString("can no longer be changed"))
                .expectNoEvents();
    }
}
