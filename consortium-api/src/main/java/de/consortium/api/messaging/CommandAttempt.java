package de.consortium.api.messaging;

import org.axonframework.messaging.MetaData;

import java.util.Optional;

/**
 * One attempt at a request sent with an Idempotency-Key: whose key it is, which attempt this is (a retry takes over
 * an attempt whose server died), and what an earlier attempt appended, if it did. The attempt travels with its
 * command as meta-data, so that wherever the command is handled its events are stored only if the attempt is still
 * the current one.
 *
 * @param appended the outcome an earlier attempt stored (then nothing is sent again), or {@code null}
 */
public record CommandAttempt(String principal, String key, int number, CommandOutcome appended) {

    /** The request attribute under which the current attempt is handed to {@link Commands}. */
    public static final String ATTRIBUTE = CommandAttempt.class.getName();
    /** Meta-data of the command, copied to its events: whose key, and the key. */
    public static final String PRINCIPAL = "idempotencyPrincipal";
    public static final String KEY = "idempotencyKey";
    private static final String NUMBER = "idempotencyAttempt";

    public MetaData metaData() {
        return MetaData.with(PRINCIPAL, principal).and(KEY, key).and(NUMBER, number);
    }

    /** Whether an event was stored by a command sent under this attempt's request (by any attempt at it). */
    public boolean storedBy(MetaData eventMetaData) {
        return key.equals(eventMetaData.get(KEY)) && principal.equals(eventMetaData.get(PRINCIPAL));
    }

    /** This attempt, without an earlier attempt's outcome (which the event store does not hold after all). */
    public CommandAttempt withoutOutcome() {
        return new CommandAttempt(principal, key, number, null);
    }

    /** The attempt a command belongs to, if it was sent with an Idempotency-Key. */
    public static Optional<CommandAttempt> of(MetaData metaData) {
        if (!(metaData.get(KEY) instanceof String key) || !(metaData.get(NUMBER) instanceof Number number)) {
            return Optional.empty();
        }
        return Optional.of(new CommandAttempt((String) metaData.get(PRINCIPAL), key, number.intValue(), null));
    }
}
