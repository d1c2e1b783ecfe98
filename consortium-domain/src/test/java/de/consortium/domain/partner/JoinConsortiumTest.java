package de.consortium.domain.partner;

import de.consortium.domain.project.PartnerId;
import de.consortium.domain.Refused;
import de.consortium.domain.CutCase;
import de.consortium.domain.rules.UnknownReference;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

class JoinConsortiumTest {

    private FixtureConfiguration<Partner> fixture;

    @BeforeEach
    void setUp() {
        fixture = PartnerFixture.create();
    }

    @Test
    void theLeadPartnerJoinsUnderTheProjectsTerms() {
        PartnerId hamburg = new PartnerId(CutCase.PROJECT, "FHH");
        fixture.givenNoPriorActivity()
                .when(new JoinConsortium(hamburg, "Freie und Hansestadt Hamburg", "02000000", LocalDate.of(2020, 5, 5)))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new PartnerJoinedConsortium(hamburg, "Freie und Hansestadt Hamburg", "02000000", true,
                        CutCase.DEADLINE, CutCase.RUNNING_TIME, LocalDate.of(2020, 5, 5)));
    }

    @Test
    void aPartnerCannotJoinAProjectThatIsNotRegistered() {
        fixture.givenNoPriorActivity()
                .when(new JoinConsortium(new PartnerId("SC99-NONE", "LE"), "Stadt Leipzig", "14713000",
                        LocalDate.of(2020, 5, 5)))
                .expectException(UnknownReference.class)
                .expectNoEvents();
    }

    @Test
    void worldDateNotInFuture_aPartnerCannotJoinTomorrow() {
        fixture.givenNoPriorActivity()
                .when(new JoinConsortium(CutCase.MUNICH, "Landeshauptstadt München", "09162000",
                        LocalDate.of(2026, 11, 22)))
                .expectException(Refused.by("world-date-not-in-future"))
                .expectExceptionMessage(org.hamcrest.Matchers.containsString("lies in the future"))
                .expectNoEvents();
    }
}
