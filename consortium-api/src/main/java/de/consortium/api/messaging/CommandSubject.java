package de.consortium.api.messaging;

import java.net.URI;

/**
 * What a command concerns, as its answer names it: the project, the partner city, and the disbursement request,
 * proof of use or repayment claim, where it is about one. {@link #location()} is where the created or changed
 * thing can be read.
 */
public record CommandSubject(String projectId, String partner, String requestId, String proofId, String claimId) {

    public static CommandSubject project(String projectId) {
        return new CommandSubject(projectId, null, null, null, null);
    }

    public static CommandSubject partner(String projectId, String partner) {
        return new CommandSubject(projectId, partner, null, null, null);
    }

    public static CommandSubject disbursement(String projectId, String partner, String requestId) {
        return new CommandSubject(projectId, partner, requestId, null, null);
    }

    public static CommandSubject proofOfUse(String projectId, String partner, String proofId) {
        return new CommandSubject(projectId, partner, null, proofId, null);
    }

    public static CommandSubject repaymentClaim(String projectId, String partner, String claimId) {
        return new CommandSubject(projectId, partner, null, null, claimId);
    }

    /** Where the subject is read: the item, else the partner, else the project. */
    public URI location() {
        String project = "/api/projects/" + projectId;
        if (partner == null) {
            return URI.create(project);
        }
        String base = project + "/partners/" + partner;
        if (requestId != null) {
            return URI.create(base + "/disbursements/" + requestId);
        }
        if (proofId != null) {
            return URI.create(base + "/proofs-of-use/" + proofId);
        }
        return URI.create(claimId != null ? base + "/repayment-claims/" + claimId : base);
    }
}
