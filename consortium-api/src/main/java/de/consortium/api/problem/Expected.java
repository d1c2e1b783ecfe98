package de.consortium.api.problem;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.Map;
import java.util.stream.Collectors;

/** What a value of a type looks like, in the words of a refusal: "a date written YYYY-MM-DD", not "LocalDate". */
final class Expected {

    private Expected() {
    }

    static String of(Class<?> type) {
        if (type == null) {
            return "of the expected kind";
        }
        if (type.isEnum()) {
            return "one of " + Arrays.stream(type.getEnumConstants()).map(Object::toString)
                    .collect(Collectors.joining(", "));
        }
        if (type == LocalDate.class) {
            return "a date written YYYY-MM-DD (e.g. 2021-07-31)";
        }
        if (type == Instant.class) {
            return "an instant written YYYY-MM-DDThh:mm:ssZ (e.g. 2026-01-01T00:00:00Z)";
        }
        if (type == BigDecimal.class) {
            return "an amount in euros, a number with at most two decimals (e.g. 400000.00)";
        }
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
            return "a whole number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (type == String.class) {
            return "text (in quotes)";
        }
        if (Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "a list [...]";
        }
        return Map.class.isAssignableFrom(type) || type.isRecord() ? "an object {...}" : "of the expected kind";
    }
}
