package de.consortium.domain.rules;

import java.time.LocalDate;

/**
 * The day a command says its fact happened in the world, with what that day is called in a refusal.
 *
 * @param name e.g. "The session date"
 */
public record WorldDate(String name, LocalDate date) {
}
