package de.consortium.domain.rules;

import java.time.LocalDate;

/**
 * An event that names the day its fact happened in the world (docs/domain.md, two clocks), as opposed to the instant
 * the store recorded it. "As it was in the world on a date" takes the events that happened by then.
 */
public interface HappenedOn {

    LocalDate happenedOn();
}
