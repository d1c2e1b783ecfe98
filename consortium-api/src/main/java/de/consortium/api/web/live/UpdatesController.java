package de.consortium.api.web.live;

import de.consortium.api.live.ProjectUpdate;
import de.consortium.api.live.LiveUpdates;
import de.consortium.api.messaging.Queries;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

@RestController
@Tag(name = "Live updates", description = "A project's changes as they happen, for dashboards")
class UpdatesController {

    private final Queries queries;
    private final LiveUpdates live;

    UpdatesController(Queries queries, LiveUpdates live) {
        this.queries = queries;
        this.live = live;
    }

    @GetMapping(path = "/api/projects/{projectId}/updates", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    @Operation(operationId = "followProjectUpdates",
            summary = "Server-sent events: one \"update\" event per change of the project (its data a ProjectUpdate,"
                    + " its id the change's position in the history), sent once every read model shows the change;"
                    + " comments keep the stream open. A client reconnecting with Last-Event-ID first gets the project's"
                    + " last change after that position, if there is one",
            responses = @ApiResponse(responseCode = "200", description = "The stream of the project's updates",
                    content = @Content(mediaType = MediaType.TEXT_EVENT_STREAM_VALUE,
                            schema = @Schema(implementation = ProjectUpdate.class))))
    SseEmitter follow(@PathVariable String projectId, @Parameter(description = "The position of the last update"
            + " the client received") @RequestHeader(name = "Last-Event-ID", required = false) Long lastEventId) {
        queries.requireProject(projectId);
        return live.follow(projectId::equals, lastEventId, null);
    }
}
