package de.consortium.domain.rules;

/** The client acted on a version of the partner that is no longer current (a failed If-Match). */
public class VersionMismatch extends RuntimeException {

    public VersionMismatch(long expected, long actual) {
        super("The partner is at version " + actual + ", not " + expected + " as the request expects; read it again"
                + " and decide anew.");
    }
}
