package de.consortium.api.web.notifications;

import de.consortium.api.notifications.WebhookDelivery;

import java.util.List;

/** The latest deliveries, newest first. */
public record WebhookDeliveryLog(List<WebhookDelivery> deliveries) {
}
