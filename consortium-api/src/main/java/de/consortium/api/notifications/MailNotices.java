package de.consortium.api.notifications;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * The e-mail channel: a delivery as a message to the hook's address, its subject saying what happened or falls
 * due, its text the delivery itself. Sent through the SMTP server of {@code spring.mail.*}.
 */
@Component
class MailNotices {

    private final ObjectProvider<JavaMailSender> mail;
    private final WebhookProperties properties;
    private final ObjectMapper json;

    MailNotices(ObjectProvider<JavaMailSender> mail, WebhookProperties properties, ObjectMapper json) {
        this.mail = mail;
        this.properties = properties;
        this.json = json;
    }

    /** Sends the delivery; returns what to log of it, or throws what went wrong. */
    String send(WebhookProperties.Hook hook, String deliveryId, String body) {
        JavaMailSender sender = mail.getIfAvailable();
        if (sender == null) {
            throw new IllegalStateException("no mail server is configured (spring.mail.host)");
        }
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(properties.mailFrom());
        message.setTo(hook.mailTo());
        message.setSubject(subject(read(body)));
        message.setText(body + "\n\n" + deliveryId + "\n");
        try {
            sender.send(message);
        } catch (MailException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
        return "sent to " + hook.mailTo();
    }

    private static String subject(JsonNode delivery) {
        JsonNode deadline = delivery.path("deadline");
        if (!deadline.isMissingNode()) {
            return "Consortium " + deadline.path("projectId").asText() + ": " + deadline.path("state").asText()
                    + " " + deadline.path("description").asText() + " (" + deadline.path("date").asText() + ")";
        }
        JsonNode event = delivery.path("event");
        return "Consortium " + event.path("aggregateId").asText() + ": " + event.path("type").asText();
    }

    private JsonNode read(String body) {
        try {
            return json.readTree(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
