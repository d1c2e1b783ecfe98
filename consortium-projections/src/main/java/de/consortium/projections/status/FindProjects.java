package de.consortium.projections.status;

/** All registered projects, by project id. */
public record FindProjects() {
}
