package de.consortium.api.budget;

import de.consortium.api.messaging.Queries;
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

    BudgetController(Queries queries) {
        this.queries = queries;
    }

    @GetMapping("/api/projects/{projectId}/budget")
    @Operation(summary = "Planned, granted, requested, approved, paid and remaining; grant versus own share")
    ProjectBudget budget(@PathVariable String projectId) {
        queries.requireProject(projectId);
        return queries.ask(new FindBudget(projectId), ProjectBudget.class);
    }
}
