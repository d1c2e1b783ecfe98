package de.consortium.api.web.pages;

import de.consortium.api.messaging.Queries;
import de.consortium.api.security.Actor;
import de.consortium.api.security.ProjectReaders;
import de.consortium.projections.status.ProjectStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/** A project's status for a page, if the reader may read the project and it exists. */
@Component
class ReadableProjects {

    private final Queries queries;
    private final ProjectReaders readers;

    ReadableProjects(Queries queries, ProjectReaders readers) {
        this.queries = queries;
        this.readers = readers;
    }

    ProjectStatus readable(String projectId) {
        if (!readers.mayRead(Actor.current(), projectId)) {
            throw new AccessDeniedException("not a project of the reader's city");
        }
        return queries.registeredProject(projectId);
    }
}
