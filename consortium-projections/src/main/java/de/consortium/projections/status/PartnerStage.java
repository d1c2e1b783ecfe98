package de.consortium.projections.status;

/** Where one partner city stands in the programme's procedure. */
public enum PartnerStage {
    /** Joined; preparing cost plan, council resolutions and its part of the application. */
    JOINED,
    /** Its part of the application is submitted; the funder has not decided yet. */
    APPLIED,
    /** The funder awarded the grant; the partner draws it down. */
    FUNDED,
    /** The funder refused the application. */
    REFUSED
}
