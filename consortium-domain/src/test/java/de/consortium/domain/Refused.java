package de.consortium.domain;

import de.consortium.domain.rules.RuleViolation;
import org.hamcrest.Description;
import org.hamcrest.TypeSafeMatcher;

/** The refusal of a command by one named rule of the programme, not merely by some rule. */
public final class Refused extends TypeSafeMatcher<Throwable> {

    private final String rule;

    private Refused(String rule) {
        this.rule = rule;
    }

    public static Refused by(String rule) {
        return new Refused(rule);
    }

    @Override
    protected boolean matchesSafely(Throwable thrown) {
        return thrown instanceof RuleViolation violation && violation.rule().equals(rule);
    }

    @Override
    public void describeTo(Description description) {
        description.appendText("refused by rule ").appendValue(rule);
    }

    @Override
    protected void describeMismatchSafely(Throwable thrown, Description description) {
        if (thrown instanceof RuleViolation violation) {
            description.appendText("refused by rule ").appendValue(violation.rule()).appendText(": ")
                    .appendText(violation.getMessage());
        } else {
            description.appendText("threw ").appendValue(thrown);
        }
    }
}
