package de.consortium.api.web.calendar;

import de.consortium.api.messaging.Queries;
import de.consortium.domain.rules.UnknownReference;
import de.consortium.projections.status.ProjectStatus;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.util.Objects;

@RestController
@Tag(name = "Deadlines", description = "Open deadlines as calendars to subscribe to")
class DeadlinesController {

    static final String CALENDAR = "text/calendar";
    private static final MediaType CALENDAR_UTF8 = MediaType.parseMediaType(CALENDAR + ";charset=UTF-8");

    private final Queries queries;
    private final DeadlinesCalendar calendar;

    DeadlinesController(Queries queries, MessageSource messages, Clock clock) {
        this.queries = queries;
        this.calendar = new DeadlinesCalendar(messages, clock);
    }

    @GetMapping(path = "/api/projects/{projectId}/deadlines.ics", produces = CALENDAR)
    @Operation(operationId = "getProjectDeadlines",
            summary = "Every open deadline of the project (application, payouts, proofs of use, end of the running"
                    + " time) as an iCalendar feed: one all-day event each, its kind as category",
            responses = @ApiResponse(responseCode = "200", description = "The calendar (RFC 5545)",
                    content = @Content(mediaType = CALENDAR, schema = @Schema(type = "string"))))
    ResponseEntity<String> project(@PathVariable String projectId) {
        return answer(calendar.of(status(projectId), deadline -> true));
    }

    @GetMapping(path = "/api/projects/{projectId}/partners/{partner}/deadlines.ics", produces = CALENDAR)
    @Operation(operationId = "getPartnerDeadlines",
            summary = "The open deadlines of one partner, and the end of the project's running time, as an iCalendar"
                    + " feed",
            responses = @ApiResponse(responseCode = "200", description = "The calendar (RFC 5545)",
                    content = @Content(mediaType = CALENDAR, schema = @Schema(type = "string"))))
    ResponseEntity<String> partner(@PathVariable String projectId, @PathVariable String partner) {
        ProjectStatus status = status(projectId);
        if (status.partners().stream().noneMatch(p -> p.partnerCode().equals(partner))) {
            throw new UnknownReference("No partner '" + partner + "' has joined project '" + projectId + "'.");
        }
        return answer(calendar.of(status, deadline -> deadline.partnerCode() == null
                || Objects.equals(deadline.partnerCode(), partner)));
    }

    private ProjectStatus status(String projectId) {
        return queries.registeredProject(projectId);
    }

    private static ResponseEntity<String> answer(String calendar) {
        return ResponseEntity.ok().contentType(CALENDAR_UTF8).body(calendar);
    }
}
