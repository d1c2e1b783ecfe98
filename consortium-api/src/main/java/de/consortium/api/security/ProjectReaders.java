package de.consortium.api.security;

import de.consortium.domain.project.PartnerId;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Who may read a project: the roles named in {@code consortium.security.read-all-roles} (funder, auditors, dashboards)
 * read every project; a project or consortium lead reads the projects its city belongs to, as their lead partner or
 * as a partner that has joined (read from the event store, so a join just made counts at once). A city never leaves a
 * project, so a membership once found is kept.
 */
@Component
public class ProjectReaders {

    private final SecurityProperties properties;
    private final ProjectLeads leads;
    private final EventStore eventStore;
    private final Set<PartnerId> members = ConcurrentHashMap.newKeySet();

    ProjectReaders(SecurityProperties properties, ProjectLeads leads, EventStore eventStore) {
        this.properties = properties;
        this.leads = leads;
        this.eventStore = eventStore;
    }

    public boolean mayRead(Actor actor, String projectId) {
        List<String> partners = partnersReadBy(actor);
        if (partners == null) {
            return true;
        }
        String lead = leads.leadOf(projectId).orElse(null);
        return partners.stream().anyMatch(partner -> partner.equals(lead)
                || isMember(new PartnerId(projectId, partner)));
    }

    /**
     * The partners whose projects the actor may read (those they lead or have joined), for listing them: null where
     * the actor reads every project, none where it reads no project.
     */
    public List<String> partnersReadBy(Actor actor) {
        if (actor.roles().stream().anyMatch(properties.readAllRoles()::contains)) {
            return null;
        }
        if (!actor.roles().contains(Role.PROJECT_LEAD) && !actor.roles().contains(Role.CONSORTIUM_LEAD)) {
            return List.of();
        }
        return actor.partners().stream().sorted().toList();
    }

    private boolean isMember(PartnerId partner) {
        if (members.contains(partner)) {
            return true;
        }
        boolean joined = eventStore.lastSequenceNumberFor(partner.toString()).isPresent();
        if (joined) {
            members.add(partner);
        }
        return joined;
    }
}
