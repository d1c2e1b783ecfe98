package de.consortium.domain.grant;

import de.consortium.domain.Refused;
import de.consortium.domain.CutCase;
import de.consortium.domain.money.Money;
import de.consortium.domain.partner.Partner;
import de.consortium.domain.partner.PartnerFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.hamcrest.Matchers.containsString;

class RecordGrantDecisionTest {

    private FixtureConfiguration<Partner> fixture;

    @BeforeEach
    void setUp() {
        fixture = PartnerFixture.create();
    }

    @Test
    void grantWithinApplication_theFunderGrantsWhatWasAppliedFor() {
        fixture.given(CutCase.munichPrepared()).andGiven(CutCase.munichApplied())
                .when(new RecordGrantDecision(CutCase.MUNICH, CutCase.GRANT_DECIDED, true, CutCase.MUNICH_GRANT,
                        "KfW 436 SC20-SFQRL"))
                .expectEvents(CutCase.munichGranted());
    }

    @Test
    void grantWithinApplication_moreThanAppliedForIsRefused() {
        fixture.given(CutCase.munichPrepared()).andGiven(CutCase.munichApplied())
                .when(new RecordGrantDecision(CutCase.MUNICH, CutCase.GRANT_DECIDED, true,
                        CutCase.MUNICH_GRANT.plus(Money.ofCents(1)), null))
                .expectException(Refused.by("grant-within-application"))
                .expectExceptionMessage(containsString("exceeds"))
                .expectNoEvents();
    }

    @Test
    void theFunderMayRefuse() {
        fixture.given(CutCase.munichPrepared()).andGiven(CutCase.munichApplied())
                .when(new RecordGrantDecision(CutCase.MUNICH, CutCase.GRANT_DECIDED, false, null, "KfW"))
                .expectEvents(new GrantRefused(CutCase.MUNICH, CutCase.GRANT_DECIDED, "KfW"));
    }

    @Test
    void noDecisionWithoutAnApplication() {
        fixture.given(CutCase.munichJoined(), CutCase.munichPlanSet())
                .when(new RecordGrantDecision(CutCase.MUNICH, CutCase.GRANT_DECIDED, true, CutCase.MUNICH_GRANT, null))
                .expectException(Refused.by("grant-needs-application"))
                .expectNoEvents();
    }

    @Test
    void chronology_aDecisionCannotPrecedeTheApplication() {
        fixture.given(CutCase.munichPrepared()).andGiven(CutCase.munichApplied())
                .when(new RecordGrantDecision(CutCase.MUNICH, CutCase.munichApplied().submittedOn().minusDays(1), true,
                        CutCase.MUNICH_GRANT, null))
                .expectException(Refused.by("chronology"))
                .expectExceptionMessage(containsString("cannot lie before the application"))
                .expectNoEvents();
    }

    @Test
    void theFunderDecidesOnce() {
        fixture.given(CutCase.munichFunded())
                .when(new RecordGrantDecision(CutCase.MUNICH, CutCase.GRANT_DECIDED, false, null, null))
                .expectException(Refused.by("grant-decided-once"))
                .expectNoEvents();
    }
}
