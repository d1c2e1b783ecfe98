package de.consortium.domain.project;

import de.consortium.domain.rules.Shown;
import java.util.Objects;
import java.util.regex.Pattern;

/** A measure of the project plan, e.g. {@code M1} "Urban data platforms and digital twins". */
public record Measure(String code, String title) {

    private static final Pattern CODE = Pattern.compile("M[1-9]");

    public Measure {
        if (code == null || !CODE.matcher(code).matches()) {
            throw new IllegalArgumentException("a measure code is M1 to M9, not " + Shown.quoted(code));
        }
        Objects.requireNonNull(title, "a measure needs a title");
    }
}
