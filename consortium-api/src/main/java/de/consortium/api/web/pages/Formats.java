package de.consortium.api.web.pages;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Currency;
import java.util.Locale;

/**
 * Dates and amounts as the reader's language writes them: 31.12.2025 and 1.234.567,89 € in German. Templates call it
 * as {@code @formats}.
 */
@Component("formats")
public class Formats {

    private final ZoneId zone;

    Formats(java.time.Clock clock) {
        this.zone = clock.getZone();
    }

    public String date(LocalDate date) {
        return date == null ? "" : dateFormat().format(date);
    }

    public String instant(Instant instant) {
        return instant == null ? "" : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
                .withLocale(locale()).withZone(zone).format(instant);
    }

    /** The ISO form of a date, for {@code <time datetime>}. */
    public String iso(LocalDate date) {
        return date == null ? "" : date.toString();
    }

    public String euros(BigDecimal euros) {
        if (euros == null) {
            return "";
        }
        NumberFormat format = NumberFormat.getCurrencyInstance(locale().getLanguage().equals("de")
                ? Locale.GERMANY : Locale.UK);
        format.setCurrency(Currency.getInstance("EUR"));
        return format.format(euros);
    }

    /** {@code part} of {@code whole} in whole percent, rounded down; 0 of nothing. */
    public int percent(BigDecimal part, BigDecimal whole) {
        if (part == null || whole == null || whole.signum() == 0) {
            return 0;
        }
        return part.multiply(BigDecimal.valueOf(100)).divide(whole, 0, RoundingMode.DOWN).intValue();
    }

    private DateTimeFormatter dateFormat() {
        return locale().getLanguage().equals("de") ? DateTimeFormatter.ofPattern("dd.MM.yyyy")
                : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(Locale.UK);
    }

    private static Locale locale() {
        return LocaleContextHolder.getLocale();
    }
}
