package de.consortium.api.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.http.MediaType;

import java.io.IOException;
import java.io.Writer;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** How one exported event is written, line by line, so that an export never holds the history in memory. */
sealed interface AuditExport {

    MediaType mediaType();

    void header(Writer writer) throws IOException;

    void write(AuditEntry entry, Writer writer) throws IOException;

    /** One JSON object per line. */
    record JsonLines(ObjectMapper mapper) implements AuditExport {

        @Override
        public MediaType mediaType() {
            return MediaType.parseMediaType("application/x-ndjson");
        }

        @Override
        public void header(Writer writer) {
            // JSON Lines has no header
        }

        @Override
        public void write(AuditEntry entry, Writer writer) throws IOException {
            writer.write(mapper.writeValueAsString(entry));
            writer.write('\n');
        }
    }

    /** RFC 4180 CSV; the payload and meta-data as JSON text in their own columns. */
    record Csv(ObjectMapper mapper) implements AuditExport {

        @Override
        public MediaType mediaType() {
            return MediaType.parseMediaType("text/csv;charset=UTF-8");
        }

        @Override
        public void header(Writer writer) throws IOException {
            writer.write("position,timestamp,aggregateId,sequenceNumber,type,revision,principal,command,"
                    + "correlationId,causationId,eventId,payload,metaData\r\n");
        }

        @Override
        public void write(AuditEntry e, Writer writer) throws IOException {
            writer.write(Stream.of(String.valueOf(e.position()), String.valueOf(e.timestamp()), e.aggregateId(),
                    String.valueOf(e.sequenceNumber()), e.type(), e.revision(), e.principal(), e.command(),
                    e.correlationId(), e.causationId(), e.eventId(), json(e.payload()), json(e.metaData()))
                    .map(Csv::field).collect(Collectors.joining(",")));
            writer.write("\r\n");
        }

        private String json(Object value) throws JsonProcessingException {
            return mapper.writeValueAsString(value);
        }

        private static String field(String value) {
            if (value == null) {
                return "";
            }
            return value.matches("[^\",\r\n]*") ? value : "\"" + value.replace("\"", "\"\"") + "\"";
        }
    }
}
