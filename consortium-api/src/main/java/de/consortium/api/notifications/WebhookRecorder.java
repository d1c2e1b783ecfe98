package de.consortium.api.notifications;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.springframework.context.annotation.Conditional;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.OffsetDateTime;

/**
 * Records a delivery for every hook that wants an event, in the transaction in which the processor stores how far it
 * has read: each event is recorded once per hook, on whichever instance processes it. The body names the event, its
 * project and partner; receivers read the details from the API.
 */
@Component
@Conditional(WebhooksConfigured.class)
@ProcessingGroup(WebhookRecorder.GROUP)
class WebhookRecorder {

    static final String GROUP = "webhooks";

    private final WebhookProperties properties;
    private final WebhookDeliveries deliveries;
    private final ObjectMapper json;
    private final Clock clock;

    WebhookRecorder(WebhookProperties properties, WebhookDeliveries deliveries, ObjectMapper json, Clock clock) {
        this.properties = properties;
        this.deliveries = deliveries;
        this.json = json;
        this.clock = clock;
    }

    @EventHandler
    void on(Object payload, EventMessage<?> message) {
        if (!(message instanceof DomainEventMessage<?> event)) {
            return;
        }
        String[] aggregate = event.getAggregateIdentifier().split("/", 2);
        String type = event.getPayloadType().getSimpleName();
        for (WebhookProperties.Hook hook : properties.hooks()) {
            if (hook.wants(type, aggregate[0])) {
                String id = hook.name() + "-" + event.getIdentifier();
                ObjectNode body = json.createObjectNode().put("delivery", id).put("hook", hook.name());
                body.putObject("event").put("id", event.getIdentifier()).put("type", type)
                        .put("aggregateId", event.getAggregateIdentifier())
                        .put("sequenceNumber", event.getSequenceNumber()).put("projectId", aggregate[0])
                        .put("partnerCode", aggregate.length > 1 ? aggregate[1] : null)
                        .put("recordedAt", event.getTimestamp().toString());
                deliveries.record(id, hook.name(), event.getIdentifier(), type, aggregate[0], body.toString(),
                        OffsetDateTime.now(clock));
            }
        }
    }
}
