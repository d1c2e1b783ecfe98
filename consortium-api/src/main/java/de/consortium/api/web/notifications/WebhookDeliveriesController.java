package de.consortium.api.web.notifications;

import de.consortium.api.notifications.WebhookDeliveries;
import de.consortium.api.notifications.WebhookDelivery;
import de.consortium.domain.rules.UnknownReference;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.time.OffsetDateTime;

@RestController
@RequestMapping("/api/operations/webhooks/deliveries")
@Tag(name = "Webhooks", description = "What was delivered to the webhooks and how it went, for operators")
class WebhookDeliveriesController {

    static final int MAX = 1000;

    private final WebhookDeliveries deliveries;
    private final Clock clock;

    WebhookDeliveriesController(WebhookDeliveries deliveries, Clock clock) {
        this.deliveries = deliveries;
        this.clock = clock;
    }

    @GetMapping
    @Operation(operationId = "listWebhookDeliveries",
            summary = "The latest deliveries to webhooks, newest first: where each stands, its attempts and the"
                    + " receiver's last answer")
    WebhookDeliveryLog latest(@RequestParam(defaultValue = "100") int limit) {
        if (limit < 1 || limit > MAX) {
            throw new IllegalArgumentException("'limit' is 1 to " + MAX);
        }
        return new WebhookDeliveryLog(deliveries.latest(limit));
    }

    @PostMapping("/{deliveryId}/replay")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @Operation(operationId = "replayWebhookDelivery",
            summary = "Sends a delivery again, from its first attempt, whether it was delivered or failed")
    WebhookDelivery replay(@Parameter(example = "finance-0f8fad5b-d9cb-469f-a165-70867728950e")
                           @PathVariable String deliveryId) {
        return deliveries.replay(deliveryId, OffsetDateTime.now(clock))
                .orElseThrow(() -> new UnknownReference("No webhook delivery '" + deliveryId + "' is recorded."));
    }
}
