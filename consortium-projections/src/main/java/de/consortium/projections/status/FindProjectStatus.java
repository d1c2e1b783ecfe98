package de.consortium.projections.status;

public record FindProjectStatus(String projectId) {
}
