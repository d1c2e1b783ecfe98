package de.consortium.projections.status;

import java.util.List;

/**
 * The answer to {@link FindPartners}: the page's partners and how many partners there are in all.
 *
 * @param partners each with the project it belongs to
 */
public record PartnerPage(List<Partner> partners, long total) {

    /** A partner of a project: its code, name and municipal key. */
    public record Partner(String projectId, String partnerCode, String name, String municipalKey) {
    }
}
