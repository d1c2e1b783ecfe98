package de.consortium.projections.status;

import org.springframework.lang.Nullable;

import java.time.LocalDate;
import java.util.List;

public record ProjectSummary(String projectId, String title, String programme, String leadPartner,
                             LocalDate applicationDeadline, LocalDate runningFrom, LocalDate runningTo,
                             List<String> partners, ProjectStage stage, @Nullable Deadline nextDeadline,
                             long overdueDeadlines) {
}
