package de.consortium.api.web.oparl;

import de.consortium.api.messaging.Queries;
import de.consortium.domain.rules.UnknownReference;
import de.consortium.projections.resolution.FindResolutions;
import de.consortium.projections.resolution.PartnerResolutions;
import de.consortium.projections.resolution.ProjectResolutions;
import de.consortium.projections.resolution.ResolutionView;
import de.consortium.projections.status.FindPartners;
import de.consortium.projections.status.PartnerPage;
import de.consortium.projections.status.ProjectStatus;
import org.springframework.stereotype.Component;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What the OParl view shows of a partner: the resolutions its council passed in public sessions. Decisions of
 * closed sessions stay out of a view anyone may read.
 */
@Component
class PublicDecisions {

    /** A partner as an OParl body: its name, municipal key and public resolutions. */
    record Council(String projectId, String partnerCode, String name, String municipalKey,
                   List<ResolutionView> resolutions) {
    }

    private final Queries queries;

    PublicDecisions(Queries queries) {
        this.queries = queries;
    }

    /** A page of the councils: {@code limit} of them after the first {@code offset}, and how many there are. */
    record Councils(List<Council> councils, long total) {
    }

    /**
     * One page of the partners as councils, in the order of project and partner: it reads the page's partners and
     * their projects' resolutions, not every project.
     */
    Councils page(int offset, int limit) {
        PartnerPage partners = queries.ask(new FindPartners(offset, limit), PartnerPage.class);
        Map<String, ProjectResolutions> resolutions = new HashMap<>();
        List<Council> councils = partners.partners().stream().map(partner -> council(partner.projectId(),
                partner.partnerCode(), partner.name(), partner.municipalKey(), resolutions.computeIfAbsent(
                        partner.projectId(), this::resolutionsOf))).toList();
        return new Councils(councils, partners.total());
    }

    Council of(String projectId, String partnerCode) {
        ProjectStatus status = queries.registeredProject(projectId);
        return status.partners().stream().filter(partner -> partner.partnerCode().equals(partnerCode)).findFirst()
                .map(partner -> council(projectId, partnerCode, partner.name(), partner.municipalKey(),
                        resolutionsOf(projectId)))
                .orElseThrow(() -> new UnknownReference("Project " + projectId + " has no partner '" + partnerCode
                        + "'."));
    }

    private ProjectResolutions resolutionsOf(String projectId) {
        return queries.ask(new FindResolutions(projectId), ProjectResolutions.class);
    }

    private static Council council(String projectId, String partnerCode, String name, String municipalKey,
                                   ProjectResolutions resolutions) {
        List<ResolutionView> publicOnes = resolutions.partners().stream()
                .filter(p -> p.partnerCode().equals(partnerCode)).map(PartnerResolutions::resolutions)
                .flatMap(List::stream).filter(ResolutionView::publicSession).toList();
        return new Council(projectId, partnerCode, name, municipalKey, publicOnes);
    }
}
