package de.consortium.api.messaging;

/**
 * Why a command was refused, carried as the details of a {@link
 * org.axonframework.commandhandling.CommandExecutionException} so that the reason survives the trip from a remote
 * command handler (Axon Server) to the REST node.
 */
public record CommandRefusal(Kind kind, String rule, String message) {

    public enum Kind {
        INVALID,
        NOT_FOUND,
        RULE_VIOLATED,
        STALE_VERSION
    }
}
