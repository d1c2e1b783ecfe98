package de.consortium.api.web.calendar;

import de.consortium.projections.status.Deadline;
import de.consortium.projections.status.ProjectStatus;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;

import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * A project's open deadlines as a calendar: one all-day event per deadline, named in the reader's language as the
 * pages name it, its kind as category, its partner and whether it is overdue in the description, and an id that stays
 * the same from one fetch to the next, so calendar programs update an event rather than add it again.
 */
final class DeadlinesCalendar {

    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);

    private final MessageSource messages;
    private final Clock clock;

    DeadlinesCalendar(MessageSource messages, Clock clock) {
        this.messages = messages;
        this.clock = clock;
    }

    String of(ProjectStatus status, Predicate<Deadline> which) {
        Locale locale = LocaleContextHolder.getLocale();
        Map<String, String> names = status.partners().stream().collect(Collectors.toMap(
                partner -> partner.partnerCode(), partner -> partner.name()));
        ICalendar calendar = new ICalendar().property("BEGIN", "VCALENDAR").property("VERSION", "2.0")
                .property("PRODID", "-//consortium-backend//deadlines//" + locale.getLanguage().toUpperCase())
                .property("CALSCALE", "GREGORIAN").property("METHOD", "PUBLISH")
                .text("X-WR-CALNAME", status.title());
        List<Deadline> deadlines = status.deadlines().stream().filter(which).toList();
        for (Deadline deadline : deadlines) {
            String concerns = deadline.partnerCode() == null ? message("deadline.wholeProject", locale)
                    : names.getOrDefault(deadline.partnerCode(), deadline.partnerCode());
            calendar.property("BEGIN", "VEVENT")
                    .text("UID", deadline.identity(status.projectId()) + "@consortium-backend")
                    .property("DTSTAMP", STAMP.format(clock.instant()))
                    .property("DTSTART;VALUE=DATE", DAY.format(deadline.date()))
                    .property("DTEND;VALUE=DATE", DAY.format(deadline.date().plusDays(1)))
                    .text("SUMMARY", summary(deadline, locale) + " – " + concerns)
                    .text("DESCRIPTION", status.title() + " (" + status.projectId() + "), " + concerns
                            + (deadline.overdue() ? ": " + message("deadline.overdue", locale) : ""))
                    .text("CATEGORIES", deadline.kind().name())
                    .property("TRANSP", "TRANSPARENT")
                    .property("END", "VEVENT");
        }
        return calendar.property("END", "VCALENDAR").toString();
    }

    private String summary(Deadline deadline, Locale locale) {
        return switch (deadline.kind()) {
            case PAYOUT -> messages.getMessage("deadline.PAYOUT", new Object[]{deadline.requestId()}, locale);
            case PROOF_OF_USE -> messages.getMessage("deadline.PROOF_OF_USE", new Object[]{deadline.phase()}, locale);
            default -> message("deadline." + deadline.kind().name(), locale);
        };
    }

    private String message(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }
}
