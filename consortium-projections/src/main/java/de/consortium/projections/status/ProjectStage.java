package de.consortium.projections.status;

import java.util.List;

/** Where the joint project stands, from its partners' stages. */
public enum ProjectStage {
    /** Partners are still joining or preparing their parts of the application. */
    CONSORTIUM_FORMING,
    /** Every partner has submitted its part: the joint application is complete. */
    APPLICATION_COMPLETE,
    /** The funder awarded every partner its grant. */
    FUNDED,
    /** The funder refused at least one partner. */
    REFUSED;

    static ProjectStage of(boolean leadJoined, List<PartnerStage> partners) {
        if (!leadJoined || partners.isEmpty() || partners.contains(PartnerStage.JOINED)) {
            return CONSORTIUM_FORMING;
        }
        if (partners.contains(PartnerStage.REFUSED)) {
            return REFUSED;
        }
        return partners.stream().allMatch(PartnerStage.FUNDED::equals) ? FUNDED : APPLICATION_COMPLETE;
    }
}
