package de.consortium.domain.grant;

import de.consortium.domain.money.Money;
import de.consortium.domain.project.PartnerId;
import de.consortium.domain.rules.Chronology;
import de.consortium.domain.rules.Rule;
import de.consortium.domain.rules.RuleViolation;

import java.time.LocalDate;

/** What recording the funder's decision checks, in the order it checks it. */
public final class RecordGrantDecisionRules {

    private RecordGrantDecisionRules() {
    }

    /**
     * {@code applicationSubmittedOn} and {@code grantApplied} are null while the partner has not applied,
     * {@code decidedBefore} the day of an earlier decision.
     */
    public static GrantDecision decide(RecordGrantDecision command, PartnerId partnerId,
                                       LocalDate applicationSubmittedOn, Money grantApplied, LocalDate decidedBefore) {
        if (applicationSubmittedOn == null) {
            throw new RuleViolation(Rule.GRANT_NEEDS_APPLICATION, "No application of this partner has been submitted"
                    + " to decide on.");
        }
        if (decidedBefore != null) {
            throw new RuleViolation(Rule.GRANT_DECIDED_ONCE, "The funder already decided on this partner's application"
                    + " on " + decidedBefore + ".");
        }
        Chronology.notBefore("The grant decision", command.decidedOn(), "the application", applicationSubmittedOn);
        if (!command.awarded()) {
            return new GrantRefused(partnerId, command.decidedOn(), command.reference());
        }
        GrantWithinApplication.check(command.grantAmount(), grantApplied);
        return new GrantAwarded(partnerId, command.decidedOn(), command.grantAmount(), command.reference());
    }
}
