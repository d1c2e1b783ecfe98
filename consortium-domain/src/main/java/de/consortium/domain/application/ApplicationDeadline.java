package de.consortium.domain.application;

import de.consortium.domain.rules.Rule;
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
            throw new RuleViolation(Rule.APPLICATION_DEADLINE, "The application of " + submittedOn
                    + " comes after the call's deadline of " + deadline + ".");
        }
    }
}
