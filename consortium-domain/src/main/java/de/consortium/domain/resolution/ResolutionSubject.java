package de.consortium.domain.resolution;

/** What a council resolution decides on, as far as the programme cares. */
public enum ResolutionSubject {
    /** Approval to apply to the programme (with the partners named in the application). */
    APPLICATION_APPROVAL("approving the application"),
    /** The declaration to finance the municipal own share. */
    OWN_SHARE_FINANCING("financing the own share"),
    /** Adoption of the smart-city strategy under which phase-B measures are fundable. */
    STRATEGY_ADOPTION("adopting the smart-city strategy"),
    BUDGET_CHANGE("changing the budget"),
    OTHER("on another subject");

    private final String description;

    ResolutionSubject(String description) {
        this.description = description;
    }

    /** Completes "council resolution ...", e.g. "approving the application". */
    public String description() {
        return description;
    }
}
