package de.consortium.api.web.calendar;

import java.nio.charset.StandardCharsets;

/**
 * Writes iCalendar text as RFC 5545 asks: CRLF after every line, lines longer than 75 octets folded (never inside a
 * character), text values escaped.
 */
final class ICalendar {

    private static final int MAX_OCTETS = 75;

    private final StringBuilder text = new StringBuilder();

    /** A property whose value is written as it is (dates, identifiers, parameters already in the name). */
    ICalendar property(String name, String value) {
        fold(name + ":" + value);
        return this;
    }

    /** A property whose value is text, escaped. */
    ICalendar text(String name, String value) {
        return property(name, escape(value));
    }

    @Override
    public String toString() {
        return text.toString();
    }

    static String escape(String value) {
        return value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\r\n", "\\n")
                .replace("\n", "\\n");
    }

    private void fold(String line) {
        int octets = 0;
        for (int i = 0; i < line.length(); ) {
            int codePoint = line.codePointAt(i);
            int width = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + width > MAX_OCTETS) {
                text.append("\r\n ");
                octets = 1;
            }
            text.appendCodePoint(codePoint);
            octets += width;
            i += Character.charCount(codePoint);
        }
        text.append("\r\n");
    }
}
