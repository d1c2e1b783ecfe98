package de.consortium.domain.document;

import de.consortium.domain.rules.Shown;

import java.util.regex.Pattern;

/** A document's name in the record: the SHA-256 of its bytes, as 64 lower-case hexadecimal digits. */
public final class ContentHash {

    private static final Pattern SHA_256 = Pattern.compile("[0-9a-f]{64}");

    private ContentHash() {
    }

    private static boolean isValid(String sha256) {
        return sha256 != null && SHA_256.matcher(sha256).matches();
    }

    /** Returns the hash, refusing anything that is not one. */
    public static String checked(String sha256) {
        if (!isValid(sha256)) {
            throw new IllegalArgumentException("a document's SHA-256 is 64 lower-case hexadecimal digits, not "
                    + Shown.quoted(sha256));
        }
        return sha256;
    }
}
