package de.consortium.domain.project;

import de.consortium.domain.rules.Shown;
import de.consortium.domain.project.ProjectId;

import java.util.regex.Pattern;

/**
 * One city's participation in one joint project, e.g. {@code SC20-SFQRL/LHM}: the consistency boundary of all that
 * city's commands, so that two cities never contend for one aggregate.
 */
public record PartnerId(String projectId, String partnerCode) {

    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9]{0,9}");

    public PartnerId {
        ProjectId.require(projectId);
        requireCode(partnerCode);
    }

    public static String requireCode(String partnerCode) {
        if (partnerCode == null || !CODE.matcher(partnerCode).matches()) {
            throw new IllegalArgumentException("a partner code has 1 to 10 upper-case letters or digits and starts"
                    + " with a letter (e.g. FHH, LE, LHM), not " + Shown.quoted(partnerCode));
        }
        return partnerCode;
    }

    /** The aggregate identifier in the event store. */
    @Override
    public String toString() {
        return projectId + "/" + partnerCode;
    }
}
