package de.consortium.domain.costplan;

/** The programme's two phases: A develops the smart-city strategy and first investments, B implements it. */
public enum Phase {
    A,
    B
}
