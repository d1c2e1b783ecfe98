package de.consortium.domain.costplan;

import de.consortium.domain.CutCase;
import de.consortium.domain.money.FundingRate;
import de.consortium.domain.money.Money;
import de.consortium.domain.partner.Partner;
import de.consortium.domain.partner.PartnerFixture;
import de.consortium.domain.rules.RuleViolation;
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

    @Test
    void fundingRate_munichsPlanYieldsTheGrantAndOwnShareOfTheCouncilPaper() {
        fixture.given(CutCase.munichJoined())
                .when(CutCase.setMunichPlan())
                .expectEvents(CutCase.munichPlanSet());
    }

    @Test
    void fundingRate_aBudgetEmergencyGrantsNinetyPercent() {
        List<CostPlanLine> lines = List.of(new CostPlanLine(2021, CostLine.of("2.2.1"), Money.ofEuros("100000.00")));
        fixture.given(CutCase.munichJoined())
                .when(new SetCostPlan(CutCase.MUNICH, FundingRate.BUDGET_EMERGENCY, null, lines, LocalDate.of(2020, 5, 5)))
                .expectEvents(new CostPlanSet(CutCase.MUNICH, FundingRate.BUDGET_EMERGENCY, Money.ZERO, lines,
                        List.of(new YearlyFunding(2021, Money.ofEuros("100000.00"), Money.ofEuros("90000.00"),
                                Money.ofEuros("10000.00"))),
                        Money.ofEuros("100000.00"), Money.ofEuros("90000.00"), Money.ofEuros("10000.00"),
                        LocalDate.of(2020, 5, 5)));
    }

    @Test
    void costPlanWithinRunningTime_costsOutsideTheRunningTimeAreRefused() {
        List<CostPlanLine> lines = List.of(new CostPlanLine(2026, CostLine.of("2.1.1"), Money.ofEuros("1.00")));
        fixture.given(CutCase.munichJoined())
                .when(new SetCostPlan(CutCase.MUNICH, FundingRate.STANDARD, null, lines, LocalDate.of(2020, 5, 5)))
                .expectException(RuleViolation.class)
                .expectExceptionMessage(containsString("outside the project's running time"))
                .expectNoEvents();
    }

    @Test
    void thirdPartyFundsLimit_halfTheOwnShareMayComeFromThirdParties() {
        // own share 3,422,192.31 -> at most 1,711,096.15 from third parties
        fixture.given(CutCase.munichJoined())
                .when(new SetCostPlan(CutCase.MUNICH, FundingRate.STANDARD, Money.ofEuros("1711096.15"),
                        CutCase.munichLines(), LocalDate.of(2020, 5, 5)))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void thirdPartyFundsLimit_moreThanHalfTheOwnShareIsRefused() {
        fixture.given(CutCase.munichJoined())
                .when(new SetCostPlan(CutCase.MUNICH, FundingRate.STANDARD, Money.ofEuros("1711096.16"),
                        CutCase.munichLines(), LocalDate.of(2020, 5, 5)))
                .expectException(RuleViolation.class)
                .expectExceptionMessage(containsString("more than half of the own share"))
                .expectNoEvents();
    }

    @Test
    void costPlanFixedOnceApplied_thePlanCannotChangeAfterTheApplication() {
        fixture.given(CutCase.munichJoined(), CutCase.munichPlanSet(), CutCase.munichMandate(), CutCase.munichApplied())
                .when(CutCase.setMunichPlan())
                .expectException(RuleViolation.class)
                .expectExceptionMessage(containsString("can no longer be changed"))
                .expectNoEvents();
    }
}
