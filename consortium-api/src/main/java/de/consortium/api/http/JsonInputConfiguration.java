package de.consortium.api.http;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import org.springframework.boot.autoconfigure.jackson.Jackson2ObjectMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.regex.Pattern;

/**
 * Requests are read strictly, as written: JSON types are exact (no amount as a string, no id as a number, no
 * boolean as text; {@code spring.jackson.mapper.allow-coercion-of-scalars} and the coercions below), dates are plain
 * ISO calendar dates of a plausible year, and text holds neither control characters nor what is not a character
 * (an unpaired surrogate, a non-character). Keys given twice are refused by
 * {@code spring.jackson.parser.strict-duplicate-detection}. Events are stored by a mapper of their own, untouched
 * by this.
 */
@Configuration(proxyBeanMethods = false)
class JsonInputConfiguration {

    /** The years a date of this programme's world can fall in; anything else is a typing error. */
    static final int EARLIEST_YEAR = 1900;
    static final int LATEST_YEAR = 2199;
    private static final Pattern CALENDAR_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final DateTimeFormatter ISO_DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd")
            .withResolverStyle(ResolverStyle.STRICT);

    @Bean
    Jackson2ObjectMapperBuilderCustomizer exactJsonTypes() {
        return builder -> builder.postConfigurer(mapper -> mapper.coercionConfigFor(LogicalType.Textual)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail));
    }

    @Bean
    Module strictTextAndDates() {
        SimpleModule module = new SimpleModule("strict-text-and-dates");
        module.addDeserializer(String.class, new StringDeserializer() {
            @Override
            public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
                String value = super.deserialize(parser, context);
                String fault = value == null ? null : textFault(value);
                return fault == null ? value : (String) context.handleWeirdStringValue(String.class, value, fault);
            }
        });
        module.addDeserializer(LocalDate.class, new JsonDeserializer<>() {
            @Override
            public LocalDate deserialize(JsonParser parser, DeserializationContext context) throws IOException {
                if (!parser.hasToken(JsonToken.VALUE_STRING)) {
                    return (LocalDate) context.handleUnexpectedToken(LocalDate.class, parser);
                }
                return calendarDate(parser.getText(), context);
            }
        });
        return module;
    }

    private static LocalDate calendarDate(String text, DeserializationContext context) throws IOException {
        String fault = "a date is written YYYY-MM-DD, in the years " + EARLIEST_YEAR + " to " + LATEST_YEAR;
        if (!CALENDAR_DATE.matcher(text).matches()) {
            return (LocalDate) context.handleWeirdStringValue(LocalDate.class, text, fault);
        }
        try {
            LocalDate date = LocalDate.parse(text, ISO_DATE);
            if (date.getYear() >= EARLIEST_YEAR && date.getYear() <= LATEST_YEAR) {
                return date;
            }
        } catch (DateTimeParseException e) {
            fault = "no such day in the calendar";
        }
        return (LocalDate) context.handleWeirdStringValue(LocalDate.class, text, fault);
    }

    /** Why the text cannot be taken, or {@code null} if it can. */
    static String textFault(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' || c == 0x7F) {
                return "text may not contain control characters";
            }
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                if (isNonCharacter(text.codePointAt(i))) {
                    return "text may not contain non-characters";
                }
                i++;
            } else if (Character.isSurrogate(c)) {
                return "text may not contain an unpaired surrogate";
            } else if (isNonCharacter(c)) {
                return "text may not contain non-characters";
            }
        }
        return null;
    }

    /** Unicode's non-characters: U+FDD0 to U+FDEF, and the last two code points of every plane. */
    private static boolean isNonCharacter(int codePoint) {
        return codePoint >= 0xFDD0 && codePoint <= 0xFDEF || (codePoint & 0xFFFE) == 0xFFFE;
    }
}
