package de.consortium.api.audit;

import de.consortium.domain.project.PartnerId;
import de.consortium.domain.project.ProjectId;

import java.time.Instant;

/** Which events an auditor asks for; every part is optional. */
public record AuditFilter(String project, String partner, String type, Instant since, Instant until) {

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
    }

    boolean matches(AuditEntry entry) {
        return (project == null || belongsToProject(entry.aggregateId()))
                && (partner == null || entry.aggregateId().equals(project + "/" + partner))
                && (type == null || entry.type().equals(type))
                && (since == null || !entry.timestamp().isBefore(since))
                && (until == null || entry.timestamp().isBefore(until));
    }

    private boolean belongsToProject(String aggregateId) {
        return aggregateId.equals(project) || aggregateId.startsWith(project + "/");
    }
}
