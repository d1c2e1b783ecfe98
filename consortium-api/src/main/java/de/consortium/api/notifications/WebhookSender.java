package de.consortium.api.notifications;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.Optional;

/**
 * Sends the deliveries that are due, each attempt taken by one instance: by HTTP signed (HMAC-SHA256 over the
 * timestamp and the body, with the hook's secret), or by e-mail; again after a failure with a doubling wait, given up
 * after the last attempt.
 */
@Component
class WebhookSender {

    /** {@code t=<seconds since the epoch>,v1=<hex HMAC-SHA256 of "t.body">}. */
    static final String SIGNATURE = "X-Consortium-Signature";
    static final String DELIVERY = "X-Consortium-Delivery";
    private static final Logger log = LoggerFactory.getLogger(WebhookSender.class);

    private final WebhookProperties properties;
    private final WebhookDeliveries deliveries;
    private final Clock clock;
    private final HttpClient http;
    private final MailNotices mail;

    WebhookSender(WebhookProperties properties, WebhookDeliveries deliveries, Clock clock, MailNotices mail) {
        this.properties = properties;
        this.deliveries = deliveries;
        this.clock = clock;
        this.mail = mail;
        this.http = HttpClient.newBuilder().connectTimeout(properties.timeout()).build();
    }

    @Scheduled(fixedDelayString = "${consortium.webhooks.send-interval:1s}")
    void sendWhatIsDue() {
        for (WebhookDeliveries.Due due : deliveries.due(OffsetDateTime.now(clock), 20)) {
            Duration wait = properties.firstRetry().multipliedBy(1L << Math.min(due.attempts(), 20));
            if (deliveries.claim(due, OffsetDateTime.now(clock).plus(wait))) {
                send(due);
            }
        }
    }

    private void send(WebhookDeliveries.Due due) {
        boolean last = due.attempts() + 1 >= properties.maxAttempts();
        Optional<WebhookProperties.Hook> hook = properties.hooks().stream()
                .filter(candidate -> candidate.name().equals(due.hook())).findFirst();
        if (hook.isEmpty()) {
            deliveries.attemptFailed(due.id(), "no hook '" + due.hook() + "' is configured any more", true);
            return;
        }
        if (hook.get().mailTo() != null) {
            try {
                deliveries.delivered(due.id(), mail.send(hook.get(), due.id(), due.body()), OffsetDateTime.now(clock));
            } catch (IllegalStateException e) {
                deliveries.attemptFailed(due.id(), "not sent: " + e.getMessage(), last);
            }
            return;
        }
        try {
            long now = clock.instant().getEpochSecond();
            HttpResponse<String> answer = http.send(HttpRequest.newBuilder(hook.get().url())
                    .timeout(properties.timeout()).header("Content-Type", "application/json")
                    .header(DELIVERY, due.id()).header(SIGNATURE, "t=" + now + ",v1="
                            + signature(hook.get().secret(), now + "." + due.body()))
                    .POST(HttpRequest.BodyPublishers.ofString(due.body())).build(),
                    HttpResponse.BodyHandlers.ofString());
            String said = answer.statusCode() + " " + abbreviated(answer.body());
            if (answer.statusCode() / 100 == 2) {
                deliveries.delivered(due.id(), said, OffsetDateTime.now(clock));
            } else {
                deliveries.attemptFailed(due.id(), said, last);
            }
        } catch (IOException e) {
            deliveries.attemptFailed(due.id(), "not reached: " + e, last);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            deliveries.attemptFailed(due.id(), "interrupted", last);
        }
        log.debug("delivery {} attempt {} done", due.id(), due.attempts() + 1);
    }

    static String signature(String secret, String signed) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(signed.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String abbreviated(String body) {
        return body == null ? "" : body.length() > 500 ? body.substring(0, 500) + "…" : body;
    }
}
