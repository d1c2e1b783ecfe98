package de.consortium.api.oparl;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Where each source's import stands: the newest change it has read (the next import asks for what changed since),
 * the papers whose decisions were still open, and the report of its last run.
 */
@Component
class OParlImports {

    /** How far a source's imports have read. */
    record State(Instant modifiedSince, Set<String> pending) {
    }

    private static final String SEPARATOR = "\n";

    private final JdbcTemplate jdbc;
    private final ObjectMapper json;

    OParlImports(JdbcTemplate jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    State state(OParlProperties.Source source) {
        return jdbc.query("SELECT modified_since, pending FROM oparl_import WHERE project_id = ? AND partner_code = ?",
                (rs, row) -> new State(rs.getString("modified_since") == null ? null
                        : Instant.parse(rs.getString("modified_since")), pending(rs.getString("pending"))),
                source.project(), source.partner()).stream().findFirst().orElse(new State(null, Set.of()));
    }

    /** A completed import: where the next begins, and its report. */
    void completed(OParlProperties.Source source, State next, ImportReport report) {
        save(source, next, report);
    }

    /** A failed import changes nothing of where the next begins; only the report is kept. */
    void failed(OParlProperties.Source source, ImportReport report) {
        save(source, state(source), report);
    }

    List<ImportReport> reports() {
        return jdbc.query("SELECT report FROM oparl_import WHERE report IS NOT NULL ORDER BY project_id, partner_code",
                (rs, row) -> read(rs.getString("report")));
    }

    private void save(OParlProperties.Source source, State state, ImportReport report) {
        Object[] values = {state.modifiedSince() == null ? null : state.modifiedSince().toString(),
                String.join(SEPARATOR, state.pending()), write(report), source.project(), source.partner()};
        if (jdbc.update("UPDATE oparl_import SET modified_since = ?, pending = ?, report = ? WHERE project_id = ?"
                + " AND partner_code = ?", values) == 0) {
            jdbc.update("INSERT INTO oparl_import (modified_since, pending, report, project_id, partner_code)"
                    + " VALUES (?, ?, ?, ?, ?)", values);
        }
    }

    private static Set<String> pending(String pending) {
        return pending == null || pending.isEmpty() ? Set.of()
                : new LinkedHashSet<>(Arrays.asList(pending.split(SEPARATOR)));
    }

    private String write(ImportReport report) {
        try {
            return json.writeValueAsString(report);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private ImportReport read(String report) {
        try {
            return json.readValue(report, ImportReport.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
