package de.consortium.api.web.history;

import de.consortium.api.messaging.Queries;
import de.consortium.domain.rules.UnknownReference;
import de.consortium.projections.budget.BudgetProjection;
import de.consortium.projections.budget.FindBudget;
import de.consortium.projections.budget.ProjectBudget;
import de.consortium.projections.resolution.FindResolutions;
import de.consortium.projections.resolution.ProjectResolutions;
import de.consortium.projections.resolution.ResolutionProjection;
import de.consortium.projections.status.FindProjectStatus;
import de.consortium.projections.status.PartnerStatus;
import de.consortium.projections.status.ProjectStatus;
import de.consortium.projections.status.ProjectStatusProjection;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * The project's status, budget and resolution states at a cut in history, computed from the events: the project's
 * and its partners' events up to the cut are replayed into the same projections as the live read models, on a
 * private in-memory database that lives for the one request.
 */
@Component
public class HistoricalViews {

    private final EventStore eventStore;
    private final Queries queries;
    private final Clock clock;

    HistoricalViews(EventStore eventStore, Queries queries, Clock clock) {
        this.eventStore = eventStore;
        this.queries = queries;
        this.clock = clock;
    }

    public ProjectStatus status(String projectId, Cut cut) {
        return Optional.ofNullable(replay(projectId, cut,
                        models -> models.status().handle(new FindProjectStatus(projectId, cut.day(clock.getZone())))))
                .orElseThrow(() -> new UnknownReference("Project '" + projectId + "' was not registered " + cut + "."));
    }

    public ProjectBudget budget(String projectId, Cut cut) {
        return replay(projectId, cut, models -> models.budget().handle(new FindBudget(projectId)));
    }

    public ProjectResolutions resolutions(String projectId, Cut cut) {
        return replay(projectId, cut, models -> models.resolutions().handle(new FindResolutions(projectId)));
    }

    private record ReadModels(ProjectStatusProjection status, BudgetProjection budget,
                              ResolutionProjection resolutions) {

        List<AnnotationEventHandlerAdapter> handlers() {
            return Stream.of(status, budget, resolutions).map(AnnotationEventHandlerAdapter::new).toList();
        }
    }

    private <T> T replay(String projectId, Cut cut, Function<ReadModels, T> query) {
        List<DomainEventMessage<?>> events = eventsOf(projectId).stream().filter(cut::includes).toList();
        SingleConnectionDataSource database = new SingleConnectionDataSource(
                "jdbc:h2:mem:;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH", true);
        try {
            Flyway.configure().dataSource(database).locations("classpath:db/migration/readmodels").load().migrate();
            JdbcTemplate jdbc = new JdbcTemplate(database);
            ReadModels models = new ReadModels(new ProjectStatusProjection(jdbc), new BudgetProjection(jdbc),
                    new ResolutionProjection(jdbc));
            List<AnnotationEventHandlerAdapter> handlers = models.handlers();
            for (DomainEventMessage<?> event : events) {
                for (AnnotationEventHandlerAdapter handler : handlers) {
                    if (handler.canHandle(event)) {
                        handler.handle(event);
                    }
                }
            }
            return query.apply(models);
        } catch (Exception e) {
            throw new IllegalStateException("Could not compute the view " + cut, e);
        } finally {
            database.destroy();
        }
    }

    /** The project's stream and those of its partners (named by the status read model), in recording order. */
    private List<DomainEventMessage<?>> eventsOf(String projectId) {
        List<String> aggregates = new ArrayList<>(List.of(projectId));
        queries.projectStatus(projectId).ifPresent(status -> status.partners().stream()
                .map(PartnerStatus::partnerCode).forEach(code -> aggregates.add(projectId + "/" + code)));
        List<DomainEventMessage<?>> events = new ArrayList<>();
        // from sequence 0: the whole stream, never starting at a snapshot
        aggregates.forEach(aggregate -> eventStore.readEvents(aggregate, 0).asStream().forEach(events::add));
        events.sort(Comparator.<DomainEventMessage<?>, Instant>comparing(DomainEventMessage::getTimestamp)
                .thenComparing(DomainEventMessage::getAggregateIdentifier)
                .thenComparingLong(DomainEventMessage::getSequenceNumber));
        return events;
    }
}
