package de.consortium.domain.project;

import de.consortium.domain.rules.Shown;
import java.util.regex.Pattern;

/** The funder's project identifier, e.g. {@code SC20-SFQRL}: upper-case letters, digits and dashes. */
public final class ProjectId {

    private static final Pattern FORMAT = Pattern.compile("[A-Z0-9][A-Z0-9-]{1,39}");

    private ProjectId() {
    }

    public static String require(String projectId) {
        if (projectId == null || !FORMAT.matcher(projectId).matches()) {
            throw new IllegalArgumentException("a project id has 2 to 40 upper-case letters, digits or dashes"
                    + " (e.g. SC20-SFQRL), not " + Shown.quoted(projectId));
        }
        return projectId;
    }
}
