package de.consortium.projections.status;

import java.util.List;

/**
 * Every registered project, by project id: the answer to {@link FindProjects}. A record rather than a bare list, so
 * that it keeps its element type when it is serialized (through Axon Server every query answer is).
 */
public record ProjectSummaries(List<ProjectSummary> projects) {
}
