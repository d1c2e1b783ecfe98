package de.consortium.domain.project;

import de.consortium.domain.Refused;
import de.consortium.domain.CutCase;
import de.consortium.domain.rules.WorldDateNotInFuture;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

class RegisterProjectTest {

    private static final List<Measure> MEASURES = List.of(new Measure("M1", "Urban data platforms & digital twins"),
            new Measure("M2", "Innovative use cases for urban development"));

    private FixtureConfiguration<Project> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Project.class);
        fixture.registerCommandHandlerInterceptor(new WorldDateNotInFuture(CutCase.TODAY));
    }

    private static RegisterProject register(List<Measure> measures, LocalDate registeredOn) {
        return new RegisterProject(CutCase.PROJECT, "Connected Urban Twins", "KfW 436", "FHH", CutCase.DEADLINE,
                CutCase.RUNNING_TIME, measures, registeredOn);
    }

    @Test
    void theConsortiumLeadRegistersTheProject() {
        fixture.givenNoPriorActivity()
                .when(register(MEASURES, LocalDate.of(2020, 5, 5)))
                .expectEvents(new ProjectRegistered(CutCase.PROJECT, "Connected Urban Twins", "KfW 436", "FHH",
                        CutCase.DEADLINE, CutCase.RUNNING_TIME, MEASURES, LocalDate.of(2020, 5, 5)));
    }

    @Test
    void aMeasureIsListedOnce() {
        fixture.givenNoPriorActivity()
                .when(register(List.of(MEASURES.get(0), MEASURES.get(0)), LocalDate.of(2020, 5, 5)))
                .expectException(IllegalArgumentException.class)
                .expectNoEvents();
    }

    @Test
    void worldDateNotInFuture_aProjectIsNotRegisteredInAdvance() {
        fixture.givenNoPriorActivity()
                .when(register(MEASURES, LocalDate.of(2027, 1, 1)))
                .expectException(Refused.by("world-date-not-in-future"))
                .expectNoEvents();
    }
}
