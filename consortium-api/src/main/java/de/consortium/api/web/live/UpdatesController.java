package de.consortium.api.web.live;

import de.consortium.api.live.ProjectUpdate;
import de.consortium.api.live.ProjectUpdateStreams;
import de.consortium.api.messaging.Queries;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

@RestController
@Tag(name = "Live updates", description = "A project's changes as they happen, for dashboards")
class UpdatesController {

    private final Queries queries;
    private final ProjectUpdateStreams streams;

    UpdatesController(Queries queries, ProjectUpdateStreams streams) {
        this.queries = queries;
        this.streams = streams;
    }

    @GetMapping(path = "/api/projects/{projectId}/updates", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    @Operation(operationId = "followProjectUpdates",
            summary = "Server-sent events: one \"update\" event per change of the project (its data a ProjectUpdate,"
                    + " its id the change's position in the history), sent once every read model shows the change;"
                    + " comments keep the stream open",
            responses = @ApiResponse(responseCode = "200", description = "The stream of the project's updates",
                    content = @Content(mediaType = MediaType.TEXT_EVENT_STREAM_VALUE,
                            schema = @Schema(implementation = ProjectUpdate.class))))
    SseEmitter follow(@PathVariable String projectId) {
        queries.requireProject(projectId);
        return streams.open(projectId::equals);
    }
}
