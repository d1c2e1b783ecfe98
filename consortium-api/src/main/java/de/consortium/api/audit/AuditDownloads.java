package de.consortium.api.audit;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The (filtered) history as a file to download, JSON Lines or CSV, streamed event by event. */
@Component
public class AuditDownloads {

    private final EventHistory history;
    private final ObjectMapper mapper;

    AuditDownloads(EventHistory history, ObjectMapper mapper) {
        this.history = history;
        this.mapper = mapper;
    }

    /** {@code format} is "jsonl" or "csv"; {@code project} and {@code partner} narrow it down if given. */
    public ResponseEntity<StreamingResponseBody> download(String format, String project, String partner) {
        AuditFilter filter = new AuditFilter(project, partner, null, null, null, null, null);
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
