package de.consortium.domain.application;

import de.consortium.domain.rules.RuleViolation;

import java.time.LocalDate;

/**
 * Rule R4.1 (docs/domain.md): an application reaches the programme by the call's deadline (CUT: 20.05.2020) or not at
 * all.
 */
public final class ApplicationDeadline {

    private ApplicationDeadline() {
    }

    public static void check(LocalDate submittedOn, LocalDate deadline) {
        if (submittedOn.isAfter(deadline)) {
            throw new RuleViolation("application-deadline", "The application of " + submittedOn
                    + " comes after the call's deadline of " + deadline + ".");
        }
    }
}
