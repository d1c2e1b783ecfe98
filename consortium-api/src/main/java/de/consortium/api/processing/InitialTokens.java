package de.consortium.api.processing;

import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.messaging.StreamableMessageSource;

/** Where a processor new to the history begins. */
public final class InitialTokens {

    private InitialTokens() {
    }

    /**
     * The head of the history, or its tail where the event store cannot say yet (Axon Server not up): the instance
     * must start without it.
     */
    public static TrackingToken headOrTail(StreamableMessageSource<TrackedEventMessage<?>> eventStore) {
        try {
            return eventStore.createHeadToken();
        } catch (RuntimeException notYet) {
            return null;
        }
    }
}
