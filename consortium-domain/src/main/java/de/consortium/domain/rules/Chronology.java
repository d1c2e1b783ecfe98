package de.consortium.domain.rules;

import java.time.LocalDate;

/** A later step of a procedure cannot have happened before the step it follows. */
public final class Chronology {

    private Chronology() {
    }

    public static void notBefore(String what, LocalDate date, String earlier, LocalDate earlierDate) {
        if (date.isBefore(earlierDate)) {
            throw new RuleViolation(Rule.CHRONOLOGY,
                    what + " (" + date + ") cannot lie before " + earlier + " (" + earlierDate + ").");
        }
    }
}
