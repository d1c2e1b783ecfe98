package de.consortium.domain.rules;

import java.time.Clock;
import java.time.LocalDate;

/**
 * DOMAIN.md §5: a command carries the date a fact happened in the world; that date may not lie after the day
 * the system records it (history may be entered late, never in advance).
 */
public final class WorldDateNotInFuture {

    private WorldDateNotInFuture() {
    }

    public static void check(String what, LocalDate date, Clock clock) {
        LocalDate today = LocalDate.now(clock);
        if (date.isAfter(today)) {
            throw new RuleViolation("world-date-not-in-future",
                    what + " (" + date + ") lies in the future; today is " + today + ".");
        }
    }
}
