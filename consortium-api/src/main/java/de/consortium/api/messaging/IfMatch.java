package de.consortium.api.messaging;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the partner version a client expects from its If-Match header: {@code "7"}, {@code W/"7"} or {@code 7}. */
final class IfMatch {

    private static final Pattern VERSION = Pattern.compile("(?:W/)?\"?(\\d{1,18})\"?");

    private IfMatch() {
    }

    /** The expected version, or {@code null} when the header is absent or {@code *} (any version). */
    static Long expectedVersion(String header) {
        if (header == null || header.isBlank() || header.trim().equals("*")) {
            return null;
        }
        Matcher matcher = VERSION.matcher(header.trim());
        if (!matcher.matches()) {
            throw new IllegalArgumentException("If-Match names one version of the partner, e.g. \"7\", not '"
                    + header + "'");
        }
        return Long.valueOf(matcher.group(1));
    }
}
