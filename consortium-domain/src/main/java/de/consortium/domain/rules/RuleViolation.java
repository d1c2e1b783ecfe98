package de.consortium.domain.rules;

/**
 * A command that the programme's rules or the current state forbid, naming the {@link Rule} of the catalogue that
 * forbids it; the message says in plain words what is wrong in this case.
 */
public class RuleViolation extends RuntimeException {

    private final Rule rule;

    public RuleViolation(Rule rule, String message) {
        super(message);
        this.rule = rule;
    }

    /** The rule's stable id, which clients may branch on. */
    public String rule() {
        return rule.id();
    }
}
