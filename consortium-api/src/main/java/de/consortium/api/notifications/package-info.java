/**
 * Notifications of chosen events through webhooks: each delivery recorded once, signed with HMAC, sent with retries,
 * logged, and sent again on an operator's request.
 */
package de.consortium.api.notifications;
