package de.consortium.api.http;

import jakarta.servlet.http.HttpServletRequest;

import java.util.regex.Pattern;

/**
 * The one request whose body is not JSON: a document's upload, a form with a file (multipart/form-data). Its size is
 * bounded by the multipart settings and the documents' own limit, and its hash identifies it, so a retry needs no
 * Idempotency-Key: it is answered 409 {@code document-recorded-once}, naming the same hash.
 */
public final class Uploads {

    private static final Pattern PATH = Pattern.compile("/api/projects/[^/]+/partners/[^/]+/documents");

    private Uploads() {
    }

    public static boolean isUpload(HttpServletRequest request) {
        return "POST".equals(request.getMethod()) && PATH.matcher(request.getRequestURI()).matches();
    }
}
