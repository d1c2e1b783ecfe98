package de.consortium.api.operations;

import org.axonframework.eventhandling.EventHandlerInvoker;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.Segment;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class HandledEventsTest {

    /** Takes partners' events with a text, and nothing else; remembers what it was asked. */
    static class TextHandlers implements EventHandlerInvoker {

        final List<EventMessage<?>> asked = new ArrayList<>();

        @Override
        public boolean canHandle(EventMessage<?> eventMessage, Segment segment) {
            asked.add(eventMessage);
            return eventMessage.getPayload() instanceof String && eventMessage instanceof GenericDomainEventMessage;
        }

        @Override
        public void handle(EventMessage<?> message, Segment segment) {
            throw new AssertionError("only asked");
        }
    }

    private final TextHandlers handlers = new TextHandlers();
    private final HandledEvents handled = new HandledEvents(handlers);

    @Test
    void theHandlersAreAskedOncePerKindOfEventAndTheirAnswerKept() {
        for (int sequence = 0; sequence < 3; sequence++) {
            assertThat(handled.handles(partnersEvent("resolution " + sequence, sequence))).isTrue();
            assertThat(handled.handles(partnersEvent(sequence, sequence))).isFalse();
        }

        assertThat(handlers.asked).extracting(asked -> (Object) asked.getPayload()).containsExactly("resolution 0", 0);
    }

    @Test
    void anEventOfTheSameTypeThatIsNoPartnersIsAskedAbout() {
        assertThat(handled.handles(partnersEvent("resolution", 0))).isTrue();

        assertThat(handled.handles(GenericEventMessage.asEventMessage("notice"))).isFalse();
        assertThat(handlers.asked).hasSize(2);
    }

    private static EventMessage<?> partnersEvent(Object payload, long sequence) {
        return new GenericDomainEventMessage<>("Partner", "BENCH/B1", sequence, payload);
    }
}
