package de.consortium.projections.budget;

public record FindBudget(String projectId) {
}
