package de.consortium.projections.resolution;

public enum RequirementState {
    /** An adopted resolution satisfies the requirement. */
    SATISFIED,
    /** The body decided on it, but rejected, deferred or merely noted it. */
    NOT_ADOPTED,
    /** No resolution on the subject is recorded. */
    MISSING
}
