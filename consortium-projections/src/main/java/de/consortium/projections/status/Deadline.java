package de.consortium.projections.status;

import java.time.LocalDate;

public record Deadline(String description, LocalDate date) {
}
