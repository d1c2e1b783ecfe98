package de.consortium.domain.rules;

/**
 * Who issued a command travels as message meta-data under these keys, is copied onto every event the command
 * causes, and is available to handlers that judge by it (four-eyes).
 */
public final class ActingPrincipal {

    /** The authenticated user who sent the command. */
    public static final String PRINCIPAL = "principal";
    /** The aggregate version the client last saw (If-Match); absent when the client does not care. */
    public static final String EXPECTED_VERSION = "expectedVersion";

    private ActingPrincipal() {
    }
}
