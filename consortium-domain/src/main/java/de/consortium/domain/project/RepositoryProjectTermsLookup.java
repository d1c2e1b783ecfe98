package de.consortium.domain.project;

import de.consortium.domain.rules.UnknownReference;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.Repository;

/** Loads the project aggregate inside the current unit of work to read its terms. */
public class RepositoryProjectTermsLookup implements ProjectTermsLookup {

    private final Repository<Project> projects;

    public RepositoryProjectTermsLookup(Repository<Project> projects) {
        this.projects = projects;
    }

    @Override
    public ProjectTerms termsOf(String projectId) {
        try {
            return projects.load(projectId).invoke(Project::terms);
        } catch (AggregateNotFoundException e) {
            throw new UnknownReference("No project '" + projectId + "' is registered.");
        }
    }
}
