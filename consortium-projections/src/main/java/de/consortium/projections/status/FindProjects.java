package de.consortium.projections.status;

import java.time.LocalDate;

/** All registered projects, by project id; deadlines before {@code today} are marked overdue. */
public record FindProjects(LocalDate today) {
}
