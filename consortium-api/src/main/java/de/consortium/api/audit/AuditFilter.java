package de.consortium.api.audit;

import de.consortium.domain.project.PartnerId;
import de.consortium.domain.project.ProjectId;

import java.time.Instant;
import java.time.LocalDate;

/** Which events an auditor asks for; every part is optional. */
public record AuditFilter(String project, String partner, String type, Instant since, Instant until,
                          LocalDate happenedFrom, LocalDate happenedUntil) {

    /** Every event. */
    public static final AuditFilter NONE = new AuditFilter(null, null, null, null, null, null, null);

    public AuditFilter {
        if (project != null) {
            ProjectId.require(project);
        }
        if (partner != null) {
            if (project == null) {
                throw new IllegalArgumentException("a partner is named within a project: give the project too");
            }
            PartnerId.requireCode(partner);
        }
        if (since != null && until != null && until.isBefore(since)) {
            throw new IllegalArgumentException("the time range ends before it starts");
        }
        if (happenedFrom != null && happenedUntil != null && happenedUntil.isBefore(happenedFrom)) {
            throw new IllegalArgumentException("the range of dates in the world ends before it starts");
        }
    }

    /** Whether the event passes every part given; a range of world dates passes only events that carry one. */
    boolean matches(AuditEntry entry) {
        return (project == null || belongsToProject(entry.aggregateId()))
                && (partner == null || entry.aggregateId().equals(project + "/" + partner))
                && (type == null || entry.type().equals(type))
                && (since == null || !entry.timestamp().isBefore(since))
                && (until == null || entry.timestamp().isBefore(until))
                && (happenedFrom == null || entry.happenedOn() != null && !entry.happenedOn().isBefore(happenedFrom))
                && (happenedUntil == null || entry.happenedOn() != null && !entry.happenedOn().isAfter(happenedUntil));
    }

    private boolean belongsToProject(String aggregateId) {
        return aggregateId.equals(project) || aggregateId.startsWith(project + "/");
    }
}
