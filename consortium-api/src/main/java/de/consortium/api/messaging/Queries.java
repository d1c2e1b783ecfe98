package de.consortium.api.messaging;

import de.consortium.domain.project.ProjectId;
import de.consortium.domain.rules.UnknownReference;
import de.consortium.projections.status.FindProjectStatus;
import de.consortium.projections.status.FindProjects;
import de.consortium.projections.status.ProjectStatus;
import de.consortium.projections.status.ProjectSummaries;
import de.consortium.projections.status.ProjectSummary;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletionException;

/** Asks the read models through the query bus (local, or routed by Axon Server). */
@Component
public class Queries {

    private final QueryGateway gateway;
    private final Clock clock;

    public Queries(QueryGateway gateway, Clock clock) {
        this.gateway = gateway;
        this.clock = clock;
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
        return Optional.ofNullable(ask(new FindProjectStatus(projectId, LocalDate.now(clock)), ProjectStatus.class));
    }

    /** Every project, deadlines marked overdue as of today. */
    public List<ProjectSummary> projects() {
        return ask(FindProjects.all(LocalDate.now(clock)), ProjectSummaries.class).projects();
    }

    /** A page of projects, and the project id the next page starts after (null on the last page). */
    public record ProjectPage(List<ProjectSummary> projects, String next) {
    }

    /**
     * A page of projects by id, after {@code after} (null: from the first; else a project id), at most {@code limit};
     * only those the given partners lead or have joined (null: all).
     */
    public ProjectPage projects(String after, int limit, List<String> partnerCodes) {
        if (after != null) {
            ProjectId.require(after);
        }
        List<ProjectSummary> found = ask(new FindProjects(LocalDate.now(clock), after, limit + 1, partnerCodes),
                ProjectSummaries.class).projects();
        return found.size() <= limit ? new ProjectPage(found, null)
                : new ProjectPage(found.subList(0, limit), found.get(limit - 1).projectId());
    }

    /** Read models of a project that is not registered answer 404 rather than an empty list. */
    public void requireProject(String projectId) {
        registeredProject(projectId);
    }

    /** The project's status; a project that is not registered answers 404. */
    public ProjectStatus registeredProject(String projectId) {
        return projectStatus(projectId)
                .orElseThrow(() -> new UnknownReference("No project '" + projectId + "' is registered."));
    }
}
