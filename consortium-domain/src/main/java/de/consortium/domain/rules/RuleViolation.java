package de.consortium.domain.rules;

/**
 * A command that the programme's rules or the current state forbid. {@code rule} is a stable, kebab-case name
 * clients may branch on; the message says in plain words what is wrong.
 */
public class RuleViolation extends RuntimeException {

    private final String rule;

    public RuleViolation(String rule, String message) {
        super(message);
        this.rule = rule;
    }

    public String rule() {
        return rule;
    }
}
