package de.consortium.projections;

import de.consortium.projections.budget.BudgetProjection;
import de.consortium.projections.budget.FindBudget;
import de.consortium.projections.disbursement.DisbursementProjection;
import de.consortium.projections.disbursement.FindDisbursements;
import de.consortium.projections.resolution.FindResolutions;
import de.consortium.projections.resolution.ResolutionProjection;
import de.consortium.projections.status.FindProjectStatus;
import de.consortium.projections.status.FindProjects;
import de.consortium.projections.status.ProjectStatusProjection;
import de.consortium.domain.CutCase;
import de.consortium.projections.support.FullHistory;
import de.consortium.projections.support.ReplayedBatch;
import de.consortium.projections.support.ReadModelDatabase;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.DomainEventMessage;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.ArrayList;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * Every projection is idempotent: an event delivered twice in a row (a batch retried after a failure) or the whole
 * history delivered again (a replay over tables not yet emptied) leaves the read model as one delivery of each
 * event does. The history holds every kind of event the projections handle.
 */
class RedeliveryTest {

    /** A projection built on a database, and what it answers about the project. */
    private record ReadModel(String name, Function<JdbcTemplate, Object> projection,
                             Function<Object, Object> answer) {

        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Arguments> readModels() {
        return Stream.of(
                arguments(new ReadModel("project status", ProjectStatusProjection::new,
                        p -> List.of(((ProjectStatusProjection) p).handle(new FindProjectStatus(CutCase.PROJECT, LocalDate.of(2026, 11, 21))),
                                ((ProjectStatusProjection) p).handle(FindProjects.all(LocalDate.of(2026, 11, 21)))))),
                arguments(new ReadModel("budget", BudgetProjection::new,
                        p -> ((BudgetProjection) p).handle(new FindBudget(CutCase.PROJECT)))),
                arguments(new ReadModel("resolutions", ResolutionProjection::new,
                        p -> ((ResolutionProjection) p).handle(new FindResolutions(CutCase.PROJECT)))),
                arguments(new ReadModel("disbursements", DisbursementProjection::new,
                        p -> ((DisbursementProjection) p).handle(new FindDisbursements(CutCase.PROJECT)))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("readModels")
    void eachEventTwiceAndTheWholeHistoryAgainGiveTheSameReadModel(ReadModel readModel) throws Exception {
        Object once = delivered(readModel, FullHistory.events());
        List<DomainEventMessage<?>> eachTwice = new ArrayList<>();
        FullHistory.events().forEach(event -> {
            eachTwice.add(event);
            eachTwice.add(event);
        });
        List<DomainEventMessage<?>> historyTwice = new ArrayList<>(FullHistory.events());
        historyTwice.addAll(FullHistory.events());

        assertThat(delivered(readModel, eachTwice)).isEqualTo(once);
        assertThat(delivered(readModel, historyTwice)).isEqualTo(once);
    }

    /** A replay keeps a batch's writes back, folds and reorders them: it must still come to the same read model. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("readModels")
    void theHistoryReplayedInOneBatchGivesTheSameReadModel(ReadModel readModel) throws Exception {
        Object once = delivered(readModel, FullHistory.events());
        List<DomainEventMessage<?>> historyTwice = new ArrayList<>(FullHistory.events());
        historyTwice.addAll(FullHistory.events());

        assertThat(replayedInOneBatch(readModel, FullHistory.events())).isEqualTo(once);
        assertThat(replayedInOneBatch(readModel, historyTwice)).isEqualTo(once);
    }

    private static Object replayedInOneBatch(ReadModel readModel, List<DomainEventMessage<?>> events) {
        Object projection = readModel.projection().apply(ReadModelDatabase.create());
        AnnotationEventHandlerAdapter handlers = new AnnotationEventHandlerAdapter(projection);
        ReplayedBatch.of(events.stream().filter(handlers::canHandle).<Runnable>map(event -> () -> {
            try {
                handlers.handle(event);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }).toArray(Runnable[]::new));
        return readModel.answer().apply(projection);
    }

    private static Object delivered(ReadModel readModel, List<DomainEventMessage<?>> events) throws Exception {
        Object projection = readModel.projection().apply(ReadModelDatabase.create());
        AnnotationEventHandlerAdapter handlers = new AnnotationEventHandlerAdapter(projection);
        for (DomainEventMessage<?> event : events) {
            if (handlers.canHandle(event)) {
                handlers.handle(event);
            }
        }
        return readModel.answer().apply(projection);
    }
}
