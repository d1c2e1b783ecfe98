package de.consortium.projections.status;

import java.time.LocalDate;

/** One project's status; deadlines before {@code today} are marked overdue. */
public record FindProjectStatus(String projectId, LocalDate today) {
}
