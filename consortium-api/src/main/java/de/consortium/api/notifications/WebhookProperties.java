package de.consortium.api.notifications;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Webhooks that are told of chosen events.
 *
 * @param hooks        the receivers: a name, the address, the secret the signature is made with, the event types
 *                     (e.g. DisbursementPaid), whether they hear of deadlines coming up and overdue, and, if any,
 *                     the projects they care for
 * @param maxAttempts  attempts per delivery before it counts as failed
 * @param firstRetry   the wait after the first failed attempt; it doubles with every further one
 * @param sendInterval how often each instance sends the deliveries that are due
 * @param timeout      how long a receiver may take to answer
 * @param mailFrom     the sender of notifications by e-mail (the SMTP server is spring.mail.*)
 * @param noticeBefore how long before a deadline the hooks that hear of deadlines are told it is coming up
 * @param deadlineCheck how often the deadlines are looked at (each notice is sent once per deadline and state)
 */
@ConfigurationProperties("consortium.webhooks")
public record WebhookProperties(@DefaultValue List<Hook> hooks, @DefaultValue("8") int maxAttempts,
                                @DefaultValue("10s") Duration firstRetry, @DefaultValue("1s") Duration sendInterval,
                                @DefaultValue("10s") Duration timeout,
                                @DefaultValue("consortium@localhost") String mailFrom,
                                @DefaultValue("14d") Duration noticeBefore,
                                @DefaultValue("1h") Duration deadlineCheck) {

    /**
     * A receiver, told by HTTP (a {@code url} and the {@code secret} that signs) or by e-mail (to {@code mailTo}).
     */
    public record Hook(String name, URI url, String secret, String mailTo, @DefaultValue Set<String> events,
                       @DefaultValue("false") boolean deadlines, @DefaultValue Set<String> projects) {

        public Hook {
            boolean byHttp = url != null && secret != null && secret.length() >= 16 && mailTo == null;
            boolean byMail = url == null && mailTo != null && mailTo.matches("[^@\\s]+@[^@\\s]+");
            if (name == null || !name.matches("[a-z0-9-]{1,40}") || !(byHttp || byMail)
                    || events.isEmpty() && !deadlines) {
                throw new IllegalArgumentException("consortium.webhooks.hooks: every hook has a name of small letters,"
                        + " digits and dashes; either a url and a secret of 16 characters or more, or an address to"
                        + " mail to; and event types or deadlines to hear of");
            }
        }

        boolean wants(String eventType, String projectId) {
            return events.contains(eventType) && caresFor(projectId);
        }

        boolean caresFor(String projectId) {
            return projects.isEmpty() || projects.contains(projectId);
        }
    }

    public WebhookProperties {
        if (maxAttempts < 1 || Stream.of(firstRetry, sendInterval, timeout, noticeBefore, deadlineCheck)
                .anyMatch(duration -> duration.isNegative() || duration.isZero())) {
            throw new IllegalArgumentException("consortium.webhooks: max-attempts at least 1, durations positive");
        }
    }
}
