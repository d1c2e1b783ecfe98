package de.consortium.domain.project;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import java.util.HashSet;
import java.util.Set;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/** The joint project as the consortium lead registered it: its programme, call deadline and running time. */
@Aggregate
public class Project {

    @AggregateIdentifier
    private String projectId;
    private ProjectTerms terms;

    protected Project() {
        // for event sourcing
    }

    @CommandHandler
    public Project(RegisterProject command) {
        Set<String> measureCodes = new HashSet<>();
        command.measures().forEach(measure -> {
            if (!measureCodes.add(measure.code())) {
                throw new IllegalArgumentException("measure " + measure.code() + " is listed twice");
            }
        });
        apply(new ProjectRegistered(command.projectId(), command.title(), command.programme(), command.leadPartner(),
                command.applicationDeadline(), command.runningTime(), command.measures(), command.registeredOn()));
    }

    @EventSourcingHandler
    void on(ProjectRegistered event) {
        projectId = event.projectId();
        terms = new ProjectTerms(event.projectId(), event.leadPartner(), event.applicationDeadline(),
                event.runningTime());
    }

    ProjectTerms terms() {
        return terms;
    }
}
