package de.consortium.api.security;

import de.consortium.domain.project.ProjectRegistered;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The lead partner of each project, read from the project's registration in the event store (not from a read
 * model, which may lag behind a registration just made). A project's lead never changes, so it is kept once read.
 */
@Component
class ProjectLeads {

    private final EventStore eventStore;
    private final Map<String, String> leads = new ConcurrentHashMap<>();

    ProjectLeads(EventStore eventStore) {
        this.eventStore = eventStore;
    }

    Optional<String> leadOf(String projectId) {
        String known = leads.get(projectId);
        if (known != null) {
            return Optional.of(known);
        }
        DomainEventStream stream = eventStore.readEvents(projectId, 0);
        if (!stream.hasNext()) {
            return Optional.empty();
        }
        DomainEventMessage<?> registration = stream.next();
        if (!(registration.getPayload() instanceof ProjectRegistered registered)) {
            return Optional.empty();
        }
        leads.put(projectId, registered.leadPartner());
        return Optional.of(registered.leadPartner());
    }
}
