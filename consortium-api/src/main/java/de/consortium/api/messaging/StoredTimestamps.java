package de.consortium.api.messaging;

import org.axonframework.common.DateTimeUtils;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Month;
import java.time.Year;

/**
 * Reads the timestamps Axon stores with each event: text such as {@code 2026-11-30T15:08:49.123Z}, in UTC, written by
 * Axon's own format. Axon parses that text with a general ISO formatter each time an event's time is asked for; read
 * here digit by digit, it costs a fraction. Any other form of text is left to Axon's parser.
 */
final class StoredTimestamps {

    private static final int DATE_AND_TIME = "2026-11-30T15:08:49".length();
    private static final long[] POWERS_OF_TEN = {1L, 10L, 100L, 1_000L, 10_000L, 100_000L, 1_000_000L, 10_000_000L,
            100_000_000L, 1_000_000_000L};

    private StoredTimestamps() {
    }

    static Instant parse(String text) {
        int length = text.length();
        // date and time, then "Z" or "." with one to nine digits of the second and "Z"
        int fractionDigits = Math.max(0, length - DATE_AND_TIME - 2);
        if (length <= DATE_AND_TIME || text.charAt(length - 1) != 'Z' || !separatorsInPlace(text)
                || length > DATE_AND_TIME + 1 && (text.charAt(DATE_AND_TIME) != '.' || fractionDigits < 1
                || fractionDigits > 9)) {
            return DateTimeUtils.parseInstant(text);
        }
        int year = digits(text, 0, 4);
        int month = digits(text, 5, 7);
        int day = digits(text, 8, 10);
        int hour = digits(text, 11, 13);
        int minute = digits(text, 14, 16);
        int second = digits(text, 17, 19);
        int fraction = digits(text, DATE_AND_TIME + 1, DATE_AND_TIME + 1 + fractionDigits);
        if ((year | month | day | hour | minute | second | fraction) < 0 || month < 1 || month > 12 || day < 1
                || day > lengthOfMonth(year, month) || hour > 23 || minute > 59 || second > 59) {
            return DateTimeUtils.parseInstant(text);
        }
        long seconds = LocalDate.of(year, month, day).toEpochDay() * 86_400L + hour * 3_600L + minute * 60L + second;
        return Instant.ofEpochSecond(seconds, fraction * POWERS_OF_TEN[9 - fractionDigits]);
    }

    private static boolean separatorsInPlace(String text) {
        return text.charAt(4) == '-' && text.charAt(7) == '-' && text.charAt(10) == 'T' && text.charAt(13) == ':'
                && text.charAt(16) == ':';
    }

    /** The number the digits from {@code from} to {@code to} (exclusive) make, or -1 if any is not a digit. */
    private static int digits(String text, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            char digit = text.charAt(i);
            if (digit < '0' || digit > '9') {
                return -1;
            }
            value = value * 10 + (digit - '0');
        }
        return value;
    }

    private static int lengthOfMonth(int year, int month) {
        return Month.of(month).length(Year.isLeap(year));
    }
}
