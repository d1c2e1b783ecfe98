package de.consortium.api.messaging;

import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import org.axonframework.axonserver.connector.AxonServerException;
import org.axonframework.axonserver.connector.query.AxonServerQueryDispatchException;
import org.axonframework.commandhandling.NoHandlerForCommandException;
import org.axonframework.commandhandling.distributed.CommandDispatchException;
import org.axonframework.eventsourcing.eventstore.EventStoreException;
import org.axonframework.messaging.RemoteHandlingException;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.axonframework.queryhandling.NoHandlerForQueryException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.transaction.CannotCreateTransactionException;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a failed command (or query) means for its caller when no rule refused it, read from the exception as it
 * arrives: thrown here (the JDBC event store), or carried back from the node that handled it (through Axon Server,
 * where the handler's exception arrives as a description only, and a lost append race is Axon Server's error
 * AXONIQ-2000).
 */
public enum FailureKind {

    /** The aggregate exists already: a second registration or joining, or two at once. */
    DUPLICATE_CREATION,
    /** Another change to the same aggregate was stored first; run again, the command is judged on the new state. */
    LOST_RACE,
    /** The event store, the database or the message routing could not be reached: the outcome may be unknown. */
    UNAVAILABLE,
    /** Anything else. */
    OTHER;

    /** Axon Server's refusal of an append at a sequence number that is taken, with the number it was given. */
    private static final Pattern INVALID_SEQUENCE = Pattern.compile("\\[AXONIQ-2000] Invalid sequence number (\\d+) ");
    private static final Set<Status.Code> UNREACHABLE = Set.of(Status.Code.UNAVAILABLE, Status.Code.DEADLINE_EXCEEDED,
            Status.Code.CANCELLED, Status.Code.ABORTED);

    public static FailureKind of(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            FailureKind kind = kindOf(cause);
            if (kind != OTHER) {
                return kind;
            }
        }
        return OTHER;
    }

    private static FailureKind kindOf(Throwable cause) {
        if (cause instanceof AggregateStreamCreationException) {
            return DUPLICATE_CREATION;
        }
        if (cause instanceof ConcurrencyException) {
            return LOST_RACE;
        }
        var invalidSequence = INVALID_SEQUENCE.matcher(String.valueOf(cause.getMessage()));
        if (invalidSequence.find()) {
            return "0".equals(invalidSequence.group(1)) ? DUPLICATE_CREATION : LOST_RACE;
        }
        if (cause instanceof StatusRuntimeException grpc) {
            return UNREACHABLE.contains(grpc.getStatus().getCode()) ? UNAVAILABLE : OTHER;
        }
        if (cause instanceof RemoteHandlingException) {
            return OTHER;
        }
        return cause instanceof AxonServerException || cause instanceof AxonServerQueryDispatchException
                || cause instanceof NoHandlerForCommandException
                || cause instanceof NoHandlerForQueryException || cause instanceof CommandDispatchException
                || cause instanceof EventStoreException || cause instanceof DataAccessResourceFailureException
                || cause instanceof CannotCreateTransactionException ? UNAVAILABLE : OTHER;
    }
}
