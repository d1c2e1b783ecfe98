package de.consortium.projections.resolution;

public record FindResolutions(String projectId) {
}
