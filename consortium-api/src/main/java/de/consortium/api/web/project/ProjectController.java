package de.consortium.api.web.project;

import de.consortium.api.messaging.CommandAccepted;
import de.consortium.api.messaging.CommandSubject;
import de.consortium.api.messaging.Commands;
import de.consortium.api.messaging.Queries;
import de.consortium.api.security.Actor;
import de.consortium.api.security.ProjectReaders;
import de.consortium.api.web.history.AsOf;
import de.consortium.api.web.history.Cut;
import de.consortium.api.web.history.HistoricalViews;
import org.springdoc.core.annotations.ParameterObject;

import de.consortium.projections.status.ProjectStatus;
import de.consortium.projections.status.ProjectSummary;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;

import java.util.List;

@RestController
@RequestMapping("/api/projects")
@Tag(name = "Projects", description = "Register joint projects; read their status")
class ProjectController {

    static final int MAX_PAGE = 1000;

    private final Commands commands;
    private final Queries queries;
    private final HistoricalViews history;
    private final ProjectReaders readers;

    ProjectController(Commands commands, Queries queries, HistoricalViews history, ProjectReaders readers) {
        this.commands = commands;
        this.queries = queries;
        this.history = history;
        this.readers = readers;
    }

    @PostMapping
    @Operation(operationId = "registerProject",
            summary = "register-project: the consortium lead registers a joint project under a programme's call")
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<CommandAccepted> register(@Valid @RequestBody RegisterProjectRequest request) {
        return commands.create(request.toCommand(), CommandSubject.project(request.projectId()));
    }

    @GetMapping
    @Operation(operationId = "listProjects",
            summary = "The projects the user may read (funder, auditors, dashboards: all; project leads: their city's),"
            + " by project id, a page at a time; the next page's address is in the Link header (rel=\"next\")")
    ResponseEntity<List<ProjectSummary>> projects(
            @Parameter(description = "the page starts after this project id") @RequestParam(required = false)
            String after,
            @Parameter(description = "at most this many projects (1 to " + MAX_PAGE + ")")
            @RequestParam(defaultValue = "100") int limit, HttpServletRequest request) {
        if (limit < 1 || limit > MAX_PAGE) {
            throw new IllegalArgumentException("'limit' is 1 to " + MAX_PAGE + ".");
        }
        Queries.ProjectPage page = queries.projects(after, limit, readers.partnersReadBy(Actor.current()));
        if (page.next() == null) {
            return ResponseEntity.ok(page.projects());
        }
        String next = UriComponentsBuilder.fromUriString(request.getRequestURI()).query(request.getQueryString())
                .replaceQueryParam("after", page.next()).build().toUriString();
        return ResponseEntity.ok().header(HttpHeaders.LINK, "<" + next + ">; rel=\"next\"").body(page.projects());
    }

    @GetMapping("/{projectId}")
    @Operation(operationId = "getProjectStatus",
            summary = "The joint project's status: per partner its stage, missing prerequisites, deadlines (overdue marked);"
            + " as it was in the world on a date (asOf) or as the system knew it at an instant (knownAt)")
    ProjectStatus status(@PathVariable String projectId, @ParameterObject AsOf when) {
        Cut cut = when.cut();
        if (cut != null) {
            queries.requireProject(projectId);
            return history.status(projectId, cut);
        }
        return queries.registeredProject(projectId);
    }
}
