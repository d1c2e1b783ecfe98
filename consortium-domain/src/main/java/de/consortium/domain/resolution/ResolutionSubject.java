package de.consortium.domain.resolution;

/** What a council resolution decides on, as far as the programme cares. */
public enum ResolutionSubject {
    /** Approval to apply to the programme (with the partners named in the application). */
    APPLICATION_APPROVAL,
    /** The declaration to finance the municipal own share. */
    OWN_SHARE_FINANCING,
    /** Adoption of the smart-city strategy under which phase-B measures are fundable. */
    STRATEGY_ADOPTION,
    BUDGET_CHANGE,
    OTHER
}
