package de.consortium.api.web.resolution;

import de.consortium.api.messaging.CommandAccepted;
import de.consortium.api.messaging.CommandSubject;
import de.consortium.api.messaging.Commands;
import de.consortium.api.messaging.Queries;
import de.consortium.api.web.history.AsOf;
import de.consortium.api.web.history.Cut;
import de.consortium.api.web.history.HistoricalViews;
import org.springdoc.core.annotations.ParameterObject;

import de.consortium.domain.project.PartnerId;
import de.consortium.projections.resolution.FindResolutions;
import de.consortium.projections.resolution.ProjectResolutions;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Council resolutions", description = "Resolutions of the partner cities' councils")
class ResolutionController {

    private final Commands commands;
    private final Queries queries;
    private final HistoricalViews history;

    ResolutionController(Commands commands, Queries queries, HistoricalViews history) {
        this.commands = commands;
        this.queries = queries;
        this.history = history;
    }

    @PostMapping("/api/projects/{projectId}/partners/{partner}/pass-council-resolution")
    @Operation(operationId = "passCouncilResolution",
            summary = "pass-council-resolution: record a council's decision on a paper")
    @ResponseStatus(HttpStatus.ACCEPTED)
    ResponseEntity<CommandAccepted> pass(@PathVariable String projectId, @PathVariable String partner,
                                         @Valid @RequestBody PassCouncilResolutionRequest request) {
        return commands.accept(request.toCommand(new PartnerId(projectId, partner)),
                CommandSubject.partner(projectId, partner));
    }

    @GetMapping("/api/projects/{projectId}/resolutions")
    @Operation(operationId = "getResolutions",
            summary = "Resolution states: per partner the required resolutions and every recorded one;"
            + " asOf / knownAt as for the status")
    ProjectResolutions resolutions(@PathVariable String projectId, @ParameterObject AsOf when) {
        Cut cut = when.cut();
        queries.requireProject(projectId);
        return cut != null ? history.resolutions(projectId, cut)
                : queries.ask(new FindResolutions(projectId), ProjectResolutions.class);
    }
}
