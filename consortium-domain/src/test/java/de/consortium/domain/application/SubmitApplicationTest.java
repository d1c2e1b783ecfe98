package de.consortium.domain.application;

import de.consortium.domain.Refused;
import de.consortium.domain.resolution.CouncilResolutionPassed;
import de.consortium.domain.costplan.CostPlanLine;
import de.consortium.domain.costplan.SetCostPlan;
import de.consortium.domain.costplan.Phase;
import de.consortium.domain.money.FundingRate;
import de.consortium.domain.money.Money;
import java.util.Set;
import de.consortium.domain.CutCase;
import de.consortium.domain.partner.Partner;
import de.consortium.domain.partner.PartnerFixture;
import de.consortium.domain.resolution.ResolutionOutcome;
import de.consortium.domain.resolution.ResolutionSubject;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.hamcrest.Matchers.containsString;

class SubmitApplicationTest {

    private FixtureConfiguration<Partner> fixture;

    @BeforeEach
    void setUp() {
        fixture = PartnerFixture.create();
    }

    @Test
    void applicationDeadline_anApplicationOnTheDeadlineIsAccepted() {
        fixture.given(CutCase.munichPrepared())
                .when(new SubmitApplication(CutCase.MUNICH, CutCase.DEADLINE))
                .expectEvents(new ApplicationSubmitted(CutCase.MUNICH, CutCase.DEADLINE, CutCase.MUNICH_ELIGIBLE,
                        CutCase.MUNICH_GRANT, List.of("14-20 / V 18416")));
    }

    @Test
    void applicationDeadline_anApplicationAfterTheDeadlineIsRefused() {
        fixture.given(CutCase.munichPrepared())
                .when(new SubmitApplication(CutCase.MUNICH, CutCase.DEADLINE.plusDays(1)))
                .expectException(Refused.by("application-deadline"))
                .expectExceptionMessage(containsString("after the call's deadline of 2020-05-20"))
                .expectNoEvents();
    }

    @Test
    void councilMandate_approvalAndOwnShareMayComeFromSeparateResolutions() {
        fixture.given(CutCase.munichJoined(), CutCase.munichPlanSet(), CutCase.munichStrategy(),
                        CutCase.munichResolution(ResolutionOutcome.ADOPTED_AS_AMENDED,
                                ResolutionSubject.APPLICATION_APPROVAL),
                        new CouncilResolutionPassed(CutCase.MUNICH, "20-26 / V 00001",
                                "Eigenanteil", "Vollversammlung des Stadtrates", CutCase.SESSION.plusDays(1), true,
                                Set.of(ResolutionSubject.OWN_SHARE_FINANCING), ResolutionOutcome.ADOPTED,
                                null, List.of(), null, null))
                .when(new SubmitApplication(CutCase.MUNICH, LocalDate.of(2020, 5, 19)))
                .expectEvents(new ApplicationSubmitted(CutCase.MUNICH, LocalDate.of(2020, 5, 19),
                        CutCase.MUNICH_ELIGIBLE, CutCase.MUNICH_GRANT, List.of("14-20 / V 18416", "20-26 / V 00001")));
    }

    @Test
    void councilMandate_aLaterAdoptedResolutionSatisfiesWhatADeferredOneDidNot() {
        fixture.given(CutCase.munichJoined(), CutCase.munichPlanSet(), CutCase.munichStrategy(),
                        CutCase.munichResolution(ResolutionOutcome.DEFERRED, ResolutionSubject.APPLICATION_APPROVAL,
                                ResolutionSubject.OWN_SHARE_FINANCING),
                        new CouncilResolutionPassed(CutCase.MUNICH, "14-20 / V 18416",
                                "Bewerbung", "Vollversammlung des Stadtrates", CutCase.SESSION.plusDays(3), true,
                                Set.of(ResolutionSubject.APPLICATION_APPROVAL,
                                        ResolutionSubject.OWN_SHARE_FINANCING), ResolutionOutcome.ADOPTED, null,
                                List.of(), null, null))
                .when(new SubmitApplication(CutCase.MUNICH, LocalDate.of(2020, 5, 19)))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void councilMandate_noResolutionNoApplication() {
        fixture.given(CutCase.munichJoined(), CutCase.munichPlanSet())
                .when(new SubmitApplication(CutCase.MUNICH, LocalDate.of(2020, 5, 19)))
                .expectException(Refused.by("application-needs-council-mandate"))
                .expectExceptionMessage(containsString("No adopted council resolution approving the application"))
                .expectNoEvents();
    }

    @Test
    void councilMandate_aRejectedResolutionGivesNoMandate() {
        fixture.given(CutCase.munichJoined(), CutCase.munichPlanSet(),
                        CutCase.munichResolution(ResolutionOutcome.REJECTED, ResolutionSubject.APPLICATION_APPROVAL,
                                ResolutionSubject.OWN_SHARE_FINANCING))
                .when(new SubmitApplication(CutCase.MUNICH, LocalDate.of(2020, 5, 19)))
                .expectException(Refused.by("application-needs-council-mandate"))
                .expectNoEvents();
    }

    @Test
    void councilMandate_aDeferredResolutionGivesNoMandate() {
        fixture.given(CutCase.munichJoined(), CutCase.munichPlanSet(), CutCase.munichStrategy(),
                        CutCase.munichResolution(ResolutionOutcome.DEFERRED, ResolutionSubject.APPLICATION_APPROVAL,
                                ResolutionSubject.OWN_SHARE_FINANCING))
                .when(new SubmitApplication(CutCase.MUNICH, LocalDate.of(2020, 5, 19)))
                .expectException(Refused.by("application-needs-council-mandate"))
                .expectExceptionMessage(containsString("approving the application"))
                .expectNoEvents();
    }

    @Test
    void councilMandate_theOwnShareNeedsItsDeclarationToo() {
        fixture.given(CutCase.munichJoined(), CutCase.munichPlanSet(),
                        CutCase.munichResolution(ResolutionOutcome.ADOPTED, ResolutionSubject.APPLICATION_APPROVAL))
                .when(new SubmitApplication(CutCase.MUNICH, LocalDate.of(2020, 5, 19)))
                .expectException(Refused.by("application-needs-council-mandate"))
                .expectExceptionMessage(containsString("financing the own share"))
                .expectNoEvents();
    }

    @Test
    void councilMandate_theEarliestAdoptingResolutionCountsWhateverOrderItWasRecordedIn() {
        fixture.given(CutCase.munichJoined(), CutCase.munichPlanSet(), CutCase.munichStrategy(),
                        CutCase.munichResolution(ResolutionOutcome.ADOPTED, ResolutionSubject.APPLICATION_APPROVAL,
                                ResolutionSubject.OWN_SHARE_FINANCING),
                        new CouncilResolutionPassed(CutCase.MUNICH, "14-20 / V 17000",
                                "Bewerbung (Vorratsbeschluss)", "Vollversammlung des Stadtrates",
                                CutCase.SESSION.minusDays(7), true, Set.of(ResolutionSubject.APPLICATION_APPROVAL,
                                        ResolutionSubject.OWN_SHARE_FINANCING), ResolutionOutcome.ADOPTED, null,
                                List.of(), null, null))
                .when(new SubmitApplication(CutCase.MUNICH, CutCase.SESSION.minusDays(1)))
                .expectEvents(new ApplicationSubmitted(CutCase.MUNICH, CutCase.SESSION.minusDays(1),
                        CutCase.MUNICH_ELIGIBLE, CutCase.MUNICH_GRANT, List.of("14-20 / V 17000")));
    }

    @Test
    void councilMandate_aResolutionPassedAfterTheApplicationDoesNotCount() {
        fixture.given(CutCase.munichPrepared())
                .when(new SubmitApplication(CutCase.MUNICH, CutCase.SESSION.minusDays(1)))
                .expectException(Refused.by("application-needs-council-mandate"))
                .expectNoEvents();
    }

    @Test
    void straightToPhaseBNeedsStrategy_withoutAnAdoptedStrategyOnlyAnApplicationWithPhaseAGoesIn() {
        fixture.given(CutCase.munichJoined(), CutCase.munichPlanSet(), CutCase.munichMandate())
                .when(new SubmitApplication(CutCase.MUNICH, LocalDate.of(2020, 5, 19)))
                .expectException(Refused.by("straight-to-phase-b-needs-strategy"))
                .expectExceptionMessage(containsString("goes straight to phase B"))
                .expectNoEvents();
    }

    @Test
    void straightToPhaseBNeedsStrategy_anApplicationWithPhaseANeedsNoStrategyYet() {
        CostPlanLine phaseA = new CostPlanLine(2021,
                CutCase.STAFF, Money.ofEuros("100000.00"),
                Phase.A);
        fixture.given(CutCase.munichJoined(), CutCase.munichMandate())
                .andGivenCommands(new SetCostPlan(CutCase.MUNICH,
                        FundingRate.STANDARD, null, List.of(phaseA), LocalDate.of(2020, 5, 5)))
                .when(new SubmitApplication(CutCase.MUNICH, LocalDate.of(2020, 5, 19)))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void anApplicationNeedsTheCostPlan() {
        fixture.given(CutCase.munichJoined(), CutCase.munichMandate())
                .when(new SubmitApplication(CutCase.MUNICH, LocalDate.of(2020, 5, 19)))
                .expectException(Refused.by("application-needs-cost-plan"))
                .expectExceptionMessage(containsString("cost and financing plan"))
                .expectNoEvents();
    }

    @Test
    void anApplicationIsSubmittedOnce() {
        fixture.given(CutCase.munichPrepared()).andGiven(CutCase.munichApplied())
                .when(new SubmitApplication(CutCase.MUNICH, LocalDate.of(2020, 5, 20)))
                .expectException(Refused.by("application-submitted-once"))
                .expectNoEvents();
    }
}
