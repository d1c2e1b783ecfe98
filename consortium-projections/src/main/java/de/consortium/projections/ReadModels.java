package de.consortium.projections;

import de.consortium.projections.budget.BudgetProjection;
import de.consortium.projections.disbursement.DisbursementProjection;
import de.consortium.projections.document.DocumentProjection;
import de.consortium.projections.resolution.ResolutionProjection;
import de.consortium.projections.status.ProjectStatusProjection;

import java.util.Set;

/** The read models by the processing groups that build them: what a rebuild may reset and pages wait for. */
public final class ReadModels {

    public static final Set<String> PROCESSING_GROUPS = Set.of(ProjectStatusProjection.GROUP, BudgetProjection.GROUP,
            ResolutionProjection.GROUP, DisbursementProjection.GROUP, DocumentProjection.GROUP);

    private ReadModels() {
    }
}
