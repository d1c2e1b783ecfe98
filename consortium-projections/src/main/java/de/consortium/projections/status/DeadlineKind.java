package de.consortium.projections.status;

/** What falls due on a deadline. */
public enum DeadlineKind {
    /** The partner's part of the application is to be submitted (Antragsfrist). */
    APPLICATION,
    /** The payout of a disbursement request the funder has not paid or rejected yet (Auszahlung). */
    PAYOUT,
    /** The proof of use of a phase (Verwendungsnachweis), due until it is accepted. */
    PROOF_OF_USE,
    /** The project's running time ends (Ende der Laufzeit): costs after it are not eligible. */
    RUNNING_TIME_END
}
