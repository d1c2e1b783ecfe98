package de.consortium.projections.status;

import java.time.LocalDate;
import java.util.List;

public record ProjectStatus(String projectId, String title, String programme, String leadPartner,
                            LocalDate applicationDeadline, LocalDate runningFrom, LocalDate runningTo,
                            List<MeasureView> measures, ProjectStage stage, boolean applicationComplete,
                            List<Prerequisite> missingPrerequisites, List<PartnerStatus> partners,
                            List<Deadline> deadlines) {

    public record MeasureView(String code, String title) {
    }
}
