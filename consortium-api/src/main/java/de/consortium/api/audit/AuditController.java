package de.consortium.api.audit;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import org.springframework.web.util.UriComponentsBuilder;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

@RestController
@RequestMapping("/api/audit")
@Tag(name = "Audit", description = "The event history for auditors: paged, filtered, exported")
class AuditController {

    static final int MAX_PAGE = 1000;
    /** A page reads at most this many events, so that a rare filter does not read the whole history at once. */
    static final int MAX_SCAN = 10_000;

    private final EventHistory history;
    private final ChainVerifier verifier;
    private final ObjectMapper mapper;

    AuditController(EventHistory history, ChainVerifier verifier, ObjectMapper mapper) {
        this.history = history;
        this.verifier = verifier;
        this.mapper = mapper;
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
                     HttpServletRequest request) {
        if (from < 0 || limit < 1 || limit > MAX_PAGE) {
            throw new IllegalArgumentException("'from' is a position of 0 or more, 'limit' 1 to " + MAX_PAGE);
        }
        AuditFilter filter = new AuditFilter(project, partner, type, since, until);
        List<AuditEntry> events = new ArrayList<>();
        long[] lastRead = {from - 1};
        int[] read = {0};
        boolean[] more = {false};
        history.read(from, entry -> {
            lastRead[0] = entry.position();
            read[0]++;
            if (filter.matches(entry)) {
                events.add(entry);
            }
            more[0] = events.size() == limit || read[0] == MAX_SCAN;
            return !more[0];
        });
        String next = more[0] ? UriComponentsBuilder.fromUriString(request.getRequestURI())
                .query(request.getQueryString()).replaceQueryParam("from", lastRead[0] + 1).build().toUriString()
                : null;
        return new AuditPage(events, lastRead[0], next);
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
        AuditFilter filter = new AuditFilter(project, partner, null, null, null);
        AuditExport export = switch (format) {
            case "jsonl" -> new AuditExport.JsonLines(mapper);
            case "csv" -> new AuditExport.Csv(mapper);
            default -> throw new IllegalArgumentException("an export is 'jsonl' or 'csv', not '" + format + "'");
        };
        StreamingResponseBody body = out -> {
            BufferedWriter writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
            export.header(writer);
            history.read(0, entry -> {
                if (filter.matches(entry)) {
                    try {
                        export.write(entry, writer);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }
                return true;
            });
            writer.flush();
        };
        String name = "events" + (project == null ? "" : "-" + project) + (partner == null ? "" : "-" + partner);
        return ResponseEntity.ok().contentType(export.mediaType())
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name + "." + format + "\"")
                .body(body);
    }
}
