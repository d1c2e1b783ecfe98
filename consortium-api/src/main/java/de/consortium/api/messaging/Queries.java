package de.consortium.api.messaging;

import de.consortium.domain.project.ProjectId;
import de.consortium.domain.rules.UnknownReference;
import de.consortium.projections.status.FindProjectStatus;
import de.consortium.projections.status.ProjectStatus;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;

import java.util.Optional;
import java.util.concurrent.CompletionException;

/** Asks the read models through the query bus (local, or routed by Axon Server). */
@Component
public class Queries {

    private final QueryGateway gateway;

    public Queries(QueryGateway gateway) {
        this.gateway = gateway;
    }

    /**
     * Every query answers with one instance of a record (or {@code null}): unlike a bare list or an optional, it
     * keeps its type when the answer is serialized, as it is through Axon Server.
     */
    public <R> R ask(Object query, Class<R> responseType) {
        try {
            return gateway.query(query, ResponseTypes.instanceOf(responseType)).join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }

    public Optional<ProjectStatus> projectStatus(String projectId) {
        ProjectId.require(projectId);
        return Optional.ofNullable(ask(new FindProjectStatus(projectId), ProjectStatus.class));
    }

    /** Read models of a project that is not registered answer 404 rather than an empty list. */
    public void requireProject(String projectId) {
        if (projectStatus(projectId).isEmpty()) {
            throw new UnknownReference("No project '" + projectId + "' is registered.");
        }
    }
}
