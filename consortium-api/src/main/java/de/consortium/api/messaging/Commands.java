package de.consortium.api.messaging;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

import java.net.URI;
import java.util.UUID;
import java.util.function.Function;

/** Sends a command, waits until its events are stored, and answers 201 or 202 with the new aggregate version. */
@Component
public class Commands {

    private final CommandGateway gateway;

    public Commands(CommandGateway gateway) {
        this.gateway = gateway;
    }

    public ResponseEntity<CommandAccepted> accept(Object command, String projectId, String partner) {
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(send(command, projectId, partner, null));
    }

    public ResponseEntity<CommandAccepted> create(Object command, URI location, String projectId, String partner,
                                                  String requestId) {
        return ResponseEntity.created(location).body(send(command, projectId, partner, requestId));
    }

    /**
     * Creates something the client names by an id of its own choosing, or by one generated here when it gives none
     * (a disbursement request, a proof of use, a repayment claim).
     */
    public ResponseEntity<CommandAccepted> createIdentified(String givenId, Function<String, Object> commandForId,
                                                            URI location, String projectId, String partner) {
        String id = givenId != null ? givenId : UUID.randomUUID().toString();
        return create(commandForId.apply(id), location, projectId, partner, id);
    }

    private CommandAccepted send(Object command, String projectId, String partner, String requestId) {
        CommandOutcome outcome = gateway.sendAndWait(command);
        return new CommandAccepted(projectId, partner, requestId, outcome.aggregateId(), outcome.version());
    }
}
