package de.consortium.projections.status;

import de.consortium.domain.resolution.ResolutionSubject;
import org.springframework.lang.Nullable;

/**
 * Something a partner (or the project) still lacks for its next step: its kind, the subject of the council
 * resolution it lacks where it lacks one, and the same in English words.
 */
public record Prerequisite(Kind kind, @Nullable ResolutionSubject resolution, String description) {

    public enum Kind {
        /** The partner's cost and financing plan is not set. */
        COST_PLAN,
        /** An adopted council resolution on {@code resolution} is missing. */
        COUNCIL_RESOLUTION,
        /** The funder has not decided on the partner's application yet. */
        GRANT_DECISION,
        /** The project's lead partner has not joined the consortium. */
        LEAD_PARTNER
    }

    static Prerequisite costPlan() {
        return new Prerequisite(Kind.COST_PLAN, null, "cost and financing plan missing");
    }

    static Prerequisite resolution(ResolutionSubject subject) {
        return new Prerequisite(Kind.COUNCIL_RESOLUTION, subject, "council resolution " + subject.description()
                + " missing");
    }

    static Prerequisite grantDecision() {
        return new Prerequisite(Kind.GRANT_DECISION, null, "grant decision of the funder pending");
    }

    static Prerequisite leadPartner(String leadPartner) {
        return new Prerequisite(Kind.LEAD_PARTNER, null, "lead partner " + leadPartner
                + " has not joined the consortium");
    }
}
