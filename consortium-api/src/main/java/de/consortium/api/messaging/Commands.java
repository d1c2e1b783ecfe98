package de.consortium.api.messaging;

import de.consortium.api.security.Actor;
import de.consortium.api.security.CommandPermissions;
import de.consortium.domain.rules.ActingPrincipal;
import jakarta.servlet.http.HttpServletRequest;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MetaData;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

import java.util.UUID;
import java.util.function.Function;

/**
 * Sends a command for the signed-in user, if its permissions allow, with the user's name and any If-Match version
 * as meta-data; waits until its events are stored and on disk, and answers 201 or 202 with the new aggregate
 * version. A retry of an Idempotency-Key request whose earlier attempt already stored its events answers with that
 * attempt's outcome and sends nothing.
 */
@Component
public class Commands {

    private final CommandGateway gateway;
    private final CommandPermissions permissions;
    private final HttpServletRequest request;
    private final StoreSync storeSync;

    public Commands(CommandGateway gateway, CommandPermissions permissions, HttpServletRequest request,
                    StoreSync storeSync) {
        this.gateway = gateway;
        this.permissions = permissions;
        this.request = request;
        this.storeSync = storeSync;
    }

    /** Sends a command that changes what exists: 202. */
    public ResponseEntity<CommandAccepted> accept(Object command, CommandSubject subject) {
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(send(command, subject));
    }

    /** Sends a command that creates its subject: 201, and where to read it. */
    public ResponseEntity<CommandAccepted> create(Object command, CommandSubject subject) {
        return ResponseEntity.created(subject.location()).body(send(command, subject));
    }

    /**
     * Creates something the client names by an id of its own choosing, or by one generated here when it gives none
     * (a disbursement request, a proof of use, a repayment claim).
     */
    public ResponseEntity<CommandAccepted> createIdentified(String givenId, Function<String, Object> commandForId,
                                                            Function<String, CommandSubject> subjectForId) {
        String id = givenId != null ? givenId : UUID.randomUUID().toString();
        return create(commandForId.apply(id), subjectForId.apply(id));
    }

    /** Sends a command whose answer the caller shapes itself. */
    public CommandAccepted send(Object command, CommandSubject subject) {
        Actor actor = Actor.current();
        permissions.check(command, actor);
        CommandAttempt attempt = (CommandAttempt) request.getAttribute(CommandAttempt.ATTRIBUTE);
        CommandOutcome outcome = attempt != null && attempt.appended() != null ? attempt.appended()
                : gateway.sendAndWait(GenericCommandMessage.asCommandMessage(command)
                .andMetaData(metaData(actor, attempt)));
        storeSync.awaitDurable();
        return CommandAccepted.of(subject, outcome);
    }

    private MetaData metaData(Actor actor, CommandAttempt attempt) {
        MetaData metaData = MetaData.with(ActingPrincipal.PRINCIPAL, actor.name());
        Long expectedVersion = IfMatch.expectedVersion(request.getHeader(HttpHeaders.IF_MATCH));
        if (expectedVersion != null) {
            metaData = metaData.and(ActingPrincipal.EXPECTED_VERSION, expectedVersion);
        }
        return attempt == null ? metaData : metaData.mergedWith(attempt.metaData());
    }
}
