package de.consortium.domain.proofofuse;

/** Where a proof of use stands in the funder's audit. */
public enum ProofOfUseStatus {
    /** Submitted; the funder has not decided yet. */
    SUBMITTED,
    /** The funder accepted it. */
    ACCEPTED,
    /** The funder objected to it, with its objections. */
    OBJECTED
}
