package de.consortium.projections.status;

import java.util.List;

/**
 * One partner's stage, what it still lacks for the next step (in words), its open deadlines (overdue ones marked),
 * and the version of its aggregate the status reflects.
 */
public record PartnerStatus(String partnerCode, String name, String municipalKey, boolean leadPartner,
                            PartnerStage stage, List<Prerequisite> missingPrerequisites, List<Deadline> deadlines,
                            long version) {

    /** The same status at the version the event store has reached (the read model may lag a moment behind). */
    public PartnerStatus atVersion(long storedVersion) {
        return new PartnerStatus(partnerCode, name, municipalKey, leadPartner, stage, missingPrerequisites,
                deadlines, storedVersion);
    }
}
