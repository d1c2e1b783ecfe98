package de.consortium.api.web.pages;

import de.consortium.api.live.UpdateStream;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** A browser's view of the pages without a browser: cookies kept, forms posted with their CSRF token. */
public final class PageSession {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final String base;
    private final HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NORMAL).build();

    PageSession(int port) {
        this.base = "http://localhost:" + port;
    }

    /** Signs in through the form, as {@code user} with the demo password. */
    public static PageSession signedIn(int port, String user) {
        PageSession session = new PageSession(port);
        HttpResponse<String> home = session.post("/login", session.get("/login").body(),
                Map.of("username", user, "password", user + "-demo"));
        if (home.uri().getPath().equals("/login")) {
            throw new IllegalStateException(user + " could not sign in: " + home.body());
        }
        return session;
    }

    public HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).header("Accept", "text/html").GET().build());
    }

    /** Follows the page's server-sent events at {@code path}, as its script does. */
    public UpdateStream follow(String path) throws Exception {
        return UpdateStream.connected(client.sendAsync(HttpRequest.newBuilder(URI.create(base + path))
                .header("Accept", "text/event-stream").GET().build(), HttpResponse.BodyHandlers.ofLines()));
    }

    /** Posts a form of the page {@code formPage}, with the CSRF token that page carries. */
    HttpResponse<String> post(String path, String formPage, Map<String, String> fields) {
        Matcher token = CSRF.matcher(formPage);
        if (!token.find()) {
            throw new IllegalStateException("the page has no form with a CSRF token");
        }
        String body = fields.entrySet().stream().map(field -> encode(field.getKey()) + "=" + encode(field.getValue()))
                .collect(Collectors.joining("&", "_csrf=" + encode(token.group(1)) + "&", ""));
        return send(HttpRequest.newBuilder(URI.create(base + path)).header("Accept", "text/html")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
