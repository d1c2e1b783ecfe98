package de.consortium.domain.costplan;

/** Where third-party money towards the own share comes from. */
public enum ThirdPartySource {
    MUNICIPAL_COMPANY,
    FOUNDATION,
    STATE,
    EU,
    OTHER,
    /** Named so it can be refused: federal money never replaces the own share. */
    FEDERAL
}
