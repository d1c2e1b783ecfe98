package de.consortium.api.web.oparl;

import de.consortium.api.messaging.Queries;
import de.consortium.domain.rules.UnknownReference;
import de.consortium.projections.resolution.FindResolutions;
import de.consortium.projections.resolution.PartnerResolutions;
import de.consortium.projections.resolution.ProjectResolutions;
import de.consortium.projections.resolution.ResolutionView;
import de.consortium.projections.status.PartnerStatus;
import de.consortium.projections.status.ProjectStatus;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;

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

    List<Council> all() {
        List<Council> councils = new ArrayList<>();
        queries.projects().forEach(project -> queries.projectStatus(project.projectId()).ifPresent(status -> {
            ProjectResolutions resolutions = resolutionsOf(status);
            status.partners().forEach(partner -> councils.add(council(status, partner, resolutions)));
        }));
        return councils;
    }

    Council of(String projectId, String partnerCode) {
        ProjectStatus status = queries.registeredProject(projectId);
        return status.partners().stream().filter(partner -> partner.partnerCode().equals(partnerCode)).findFirst()
                .map(partner -> council(status, partner, resolutionsOf(status)))
                .orElseThrow(() -> new UnknownReference("Project " + projectId + " has no partner '" + partnerCode
                        + "'."));
    }

    private ProjectResolutions resolutionsOf(ProjectStatus status) {
        return queries.ask(new FindResolutions(status.projectId()), ProjectResolutions.class);
    }

    private static Council council(ProjectStatus status, PartnerStatus partner, ProjectResolutions resolutions) {
        List<ResolutionView> publicOnes = resolutions.partners().stream()
                .filter(p -> p.partnerCode().equals(partner.partnerCode())).map(PartnerResolutions::resolutions)
                .flatMap(List::stream).filter(ResolutionView::publicSession).toList();
        return new Council(status.projectId(), partner.partnerCode(), partner.name(), partner.municipalKey(),
                publicOnes);
    }
}
