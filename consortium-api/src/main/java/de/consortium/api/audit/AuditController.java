package de.consortium.api.audit;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import org.springframework.web.util.UriComponentsBuilder;

import java.time.Instant;
import java.time.LocalDate;

@RestController
@RequestMapping("/api/audit")
@Tag(name = "Audit", description = "The event history for auditors: paged, filtered, exported")
class AuditController {

    static final int MAX_PAGE = 1000;

    private final EventHistory history;
    private final ChainVerifier verifier;
    private final AuditDownloads downloads;

    AuditController(EventHistory history, ChainVerifier verifier, AuditDownloads downloads) {
        this.history = history;
        this.verifier = verifier;
        this.downloads = downloads;
    }

    @GetMapping("/verify")
    @Operation(operationId = "verifyAuditChain",
            summary = "Checks the stored history against its hash chain; names the first broken link")
    ChainVerification verify() {
        return verifier.verify();
    }

    @GetMapping("/events")
    @Operation(operationId = "listAuditEvents",
            summary = "The event history in global order from position 'from', with a link to the next page")
    AuditPage events(@RequestParam(defaultValue = "0") long from, @RequestParam(defaultValue = "100") int limit,
                     @RequestParam(required = false) String project, @RequestParam(required = false) String partner,
                     @RequestParam(required = false) String type,
                     @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant since,
                     @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant until,
                     @Parameter(description = "only events whose fact happened in the world on or after this day")
                     @RequestParam(required = false) LocalDate happenedFrom,
                     @Parameter(description = "only events whose fact happened in the world on or before this day")
                     @RequestParam(required = false) LocalDate happenedUntil,
                     HttpServletRequest request) {
        if (from < 0 || limit < 1 || limit > MAX_PAGE) {
            throw new IllegalArgumentException("'from' is a position of 0 or more, 'limit' 1 to " + MAX_PAGE);
        }
        EventHistory.HistoryPage page = history.page(from, limit,
                new AuditFilter(project, partner, type, since, until, happenedFrom, happenedUntil));
        String next = page.more() ? UriComponentsBuilder.fromUriString(request.getRequestURI())
                .query(request.getQueryString()).replaceQueryParam("from", page.scannedTo() + 1).build().toUriString()
                : null;
        return new AuditPage(page.events(), page.scannedTo(), next);
    }

    @GetMapping("/events/export")
    @Operation(operationId = "exportAuditEvents",
            summary = "The (filtered) history as JSON Lines or CSV, streamed")
    @ApiResponse(responseCode = "200", description = "One event per line (CSV: after a header line)",
            content = {@Content(mediaType = "application/x-ndjson", schema = @Schema(type = "string")),
                    @Content(mediaType = "text/csv", schema = @Schema(type = "string"))})
    ResponseEntity<StreamingResponseBody> export(@Parameter(schema = @Schema(allowableValues = {"jsonl", "csv"}))
                                                 @RequestParam(defaultValue = "jsonl") String format,
                                                 @RequestParam(required = false) String project,
                                                 @RequestParam(required = false) String partner) {
        return downloads.download(format, project, partner);
    }
}
