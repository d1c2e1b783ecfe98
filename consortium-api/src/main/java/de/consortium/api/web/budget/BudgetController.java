package de.consortium.api.web.budget;

import de.consortium.api.messaging.Queries;
import de.consortium.api.web.history.AsOf;
import de.consortium.api.web.history.Cut;
import de.consortium.api.web.history.HistoricalViews;
import org.springdoc.core.annotations.ParameterObject;

import de.consortium.projections.budget.FindBudget;
import de.consortium.projections.budget.ProjectBudget;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Budget", description = "Budget drawdown per partner, year and cost line")
class BudgetController {

    private final Queries queries;
    private final HistoricalViews history;

    BudgetController(Queries queries, HistoricalViews history) {
        this.queries = queries;
        this.history = history;
    }

    @GetMapping("/api/projects/{projectId}/budget")
    @Operation(operationId = "getBudget",
            summary = "Planned, granted, requested, approved, paid and remaining; grant versus own share;"
            + " asOf / knownAt as for the status")
    ProjectBudget budget(@PathVariable String projectId, @ParameterObject AsOf when) {
        Cut cut = when.cut();
        queries.requireProject(projectId);
        return cut != null ? history.budget(projectId, cut)
                : queries.ask(new FindBudget(projectId), ProjectBudget.class);
    }
}
