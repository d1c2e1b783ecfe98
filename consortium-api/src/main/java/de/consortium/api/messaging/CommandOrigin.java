package de.consortium.api.messaging;

import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.correlation.CorrelationDataProvider;

import java.util.Map;

/** Names the command behind every event it causes, for auditors: its type and its message id. */
public class CommandOrigin implements CorrelationDataProvider {

    public static final String COMMAND = "command";
    static final String COMMAND_ID = "commandId";

    @Override
    public Map<String, ?> correlationDataFor(Message<?> message) {
        if (message instanceof CommandMessage<?> command) {
            return Map.of(COMMAND, command.getPayloadType().getSimpleName(), COMMAND_ID, command.getIdentifier());
        }
        return Map.of();
    }
}
