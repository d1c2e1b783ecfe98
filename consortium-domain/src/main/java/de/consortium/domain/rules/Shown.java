package de.consortium.domain.rules;

/** How a value a client sent appears in a refusal: quoted, without control characters, and not at any length. */
public final class Shown {

    private static final int MAX = 60;

    private Shown() {
    }

    public static String quoted(String value) {
        if (value == null) {
            return "nothing";
        }
        String clean = value.replaceAll("\\p{Cntrl}", "?");
        return "'" + (clean.length() > MAX ? clean.substring(0, MAX) + "…" : clean) + "'";
    }
}
