package de.consortium.api.messaging;

import io.axoniq.axonserver.grpc.ErrorMessage;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import org.axonframework.axonserver.connector.ErrorCode;
import org.axonframework.axonserver.connector.util.ExceptionSerializer;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.NoHandlerForCommandException;
import org.axonframework.eventsourcing.eventstore.EventStoreException;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How failures arrive, and what they mean. The Axon Server shapes are those seen against Axon Server SE 2023.2.1: a
 * handler's append refused with gRPC status OUT_OF_RANGE and Axon Server's code AXONIQ-2000, serialized by the
 * handling node and turned back into an exception by the dispatching node, as Axon's connector does both.
 */
class FailureKindTest {

    @Test
    void anAppendRefusedByAxonServerAtSequenceZeroIsADuplicateCreationAtAnyOtherALostRace() {
        assertThat(FailureKind.of(throughAxonServer("[AXONIQ-2000] Invalid sequence number 0 for aggregate"
                + " SC20-SFQRL/LHM, expected 9"))).isEqualTo(FailureKind.DUPLICATE_CREATION);
        assertThat(FailureKind.of(throughAxonServer("[AXONIQ-2000] Invalid sequence number 72 for aggregate"
                + " SC20-SFQRL/LE, expected 82"))).isEqualTo(FailureKind.LOST_RACE);
    }

    @Test
    void theJdbcStoresFailuresAreRecognisedByType() {
        assertThat(FailureKind.of(new AggregateStreamCreationException("exists"))).isEqualTo(
                FailureKind.DUPLICATE_CREATION);
        assertThat(FailureKind.of(new ConcurrencyException("sequence taken"))).isEqualTo(FailureKind.LOST_RACE);
        assertThat(FailureKind.of(new EventStoreException("down"))).isEqualTo(FailureKind.UNAVAILABLE);
        assertThat(FailureKind.of(new IllegalStateException("wrapped", new DataAccessResourceFailureException("no db"))))
                .isEqualTo(FailureKind.UNAVAILABLE);
    }

    @Test
    void anUnreachableStoreOrRouterIsUnavailableAndAnyOtherRemoteFailureIsNot() {
        assertThat(FailureKind.of(new StatusRuntimeException(Status.UNAVAILABLE.withDescription("Connection lost"))))
                .isEqualTo(FailureKind.UNAVAILABLE);
        assertThat(FailureKind.of(ErrorCode.CONNECTION_FAILED.convert(ErrorMessage.newBuilder()
                .setMessage("Connection lost").build()))).isEqualTo(FailureKind.UNAVAILABLE);
        assertThat(FailureKind.of(new NoHandlerForCommandException("no node handles it now")))
                .isEqualTo(FailureKind.UNAVAILABLE);
        assertThat(FailureKind.of(throughAxonServer("a NullPointerException in a handler"))).isEqualTo(
                FailureKind.OTHER);
        assertThat(FailureKind.of(new IllegalStateException("a fault"))).isEqualTo(FailureKind.OTHER);
    }

    /** A failure on the handling node, as the dispatching node receives it through Axon Server. */
    private static CommandExecutionException throughAxonServer(String description) {
        StatusRuntimeException onHandler = new StatusRuntimeException(Status.OUT_OF_RANGE.withDescription(description));
        ErrorMessage wire = ExceptionSerializer.serialize("node-b", onHandler).toBuilder()
                .setErrorCode(ErrorCode.getCommandExecutionErrorCode(onHandler).errorCode()).build();
        return (CommandExecutionException) ErrorCode.getFromCode(wire.getErrorCode()).convert(wire, () -> null);
    }
}
