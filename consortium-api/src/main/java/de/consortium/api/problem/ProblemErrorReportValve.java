package de.consortium.api.problem;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/**
 * Tomcat answers some malformed requests itself, before any servlet runs (an encoded NUL in the path, say); this
 * valve makes those answers problem+json like every other refusal instead of an HTML page.
 */
public class ProblemErrorReportValve extends ErrorReportValve {

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.isCommitted() || response.getContentWritten() > 0) {
            return;
        }
        response.setContentType("application/problem+json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        try (Writer writer = response.getReporter()) {
            if (writer != null) {
                String title = status < 500 ? "Invalid request" : "Server error";
                writer.write("{\"type\":\"about:blank\",\"title\":\"" + title + "\",\"status\":" + status
                        + ",\"detail\":\"The request could not be processed as sent.\"}");
            }
        } catch (IOException | IllegalStateException e) {
            // the client has gone, or the response is no longer ours to write: nothing more to do
        }
    }
}
