package de.consortium.domain.resolution;

/** How the body decided on the paper's proposal. */
public enum ResolutionOutcome {
    ADOPTED,
    ADOPTED_AS_AMENDED,
    REJECTED,
    DEFERRED,
    /** "zur Kenntnis genommen": the body took note and decided nothing. */
    NOTED;

    public boolean isAdopted() {
        return this == ADOPTED || this == ADOPTED_AS_AMENDED;
    }
}
