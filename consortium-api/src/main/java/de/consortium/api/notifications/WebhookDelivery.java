package de.consortium.api.notifications;

import org.springframework.lang.Nullable;

import java.time.OffsetDateTime;

/**
 * One event's delivery to one webhook: where it stands (pending, delivered, failed), how often it was tried, when it
 * is tried next, what the receiver last answered, and when it was recorded and delivered.
 */
public record WebhookDelivery(String id, String hook, String eventId, String eventType, String projectId,
                              DeliveryStatus status, int attempts, OffsetDateTime nextAttemptAt,
                              @Nullable String lastAnswer, OffsetDateTime recordedAt,
                              @Nullable OffsetDateTime deliveredAt) {

    public enum DeliveryStatus {
        /** Not delivered yet; tried again at {@code nextAttemptAt}. */
        PENDING,
        /** The receiver answered 2xx. */
        DELIVERED,
        /** Every attempt failed; an operator may send it again. */
        FAILED
    }
}
