package de.consortium.api.browser;

import com.sun.net.httpserver.HttpExchange;
import de.consortium.api.security.TestTokens;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * An OpenID Connect provider just large enough for Swagger UI's sign-in: discovery, an authorization endpoint that
 * signs the one configured user in at once, and a token endpoint that gives out an access token only for the code
 * with the PKCE verifier of its challenge (S256) and the expected public client. Counts the codes it redeemed.
 */
final class TestIdentityProvider implements AutoCloseable {

    private final HttpServer server;
    private final KeyPair keys;
    private final String clientId;
    private final String user;
    private final List<String> roles;
    private final Map<String, String[]> codes = new ConcurrentHashMap<>();
    private volatile int redeemedWithPkce;

    TestIdentityProvider(String clientId, String user, List<String> roles) throws IOException {
        this.clientId = clientId;
        this.user = user;
        this.roles = roles;
        this.keys = TestTokens.rsaKeys();
        server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
        server.createContext("/.well-known/openid-configuration", this::discovery);
        server.createContext("/authorize", this::authorize);
        server.createContext("/token", this::token);
        server.start();
    }

    String issuer() {
        return "http://localhost:" + server.getAddress().getPort();
    }

    int redeemedWithPkce() {
        return redeemedWithPkce;
    }

    /** The public key, as a PEM file the application trusts for the tokens. */
    Path publicKey(Path directory) throws IOException {
        return TestTokens.publicKeyPem(keys, directory);
    }

    private void discovery(HttpExchange exchange) throws IOException {
        String issuer = issuer();
        respond(exchange, 200, "application/json", """
                {"issuer": "%1$s", "authorization_endpoint": "%1$s/authorize", "token_endpoint": "%1$s/token",
                 "response_types_supported": ["code"], "grant_types_supported": ["authorization_code"],
                 "code_challenge_methods_supported": ["S256"], "scopes_supported": ["openid"]}"""
                .formatted(issuer));
    }

    private void authorize(HttpExchange exchange) throws IOException {
        Map<String, String> query = form(exchange.getRequestURI().getRawQuery());
        if (!clientId.equals(query.get("client_id")) || !"S256".equals(query.get("code_challenge_method"))
                || query.get("code_challenge") == null) {
            respond(exchange, 400, "text/plain", "authorization code with PKCE (S256) for " + clientId + " only");
            return;
        }
        String code = UUID.randomUUID().toString();
        codes.put(code, new String[]{query.get("code_challenge"), query.get("redirect_uri")});
        exchange.getResponseHeaders().add("Location", query.get("redirect_uri") + "?code=" + code + "&state="
                + URLEncoder.encode(query.getOrDefault("state", ""), StandardCharsets.UTF_8));
        exchange.sendResponseHeaders(302, -1);
        exchange.close();
    }

    private void token(HttpExchange exchange) throws IOException {
        if ("OPTIONS".equals(exchange.getRequestMethod())) {
            respond(exchange, 204, "text/plain", "");
            return;
        }
        Map<String, String> form = form(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
        String[] issued = codes.remove(form.getOrDefault("code", ""));
        if (issued == null || !clientId.equals(form.get("client_id"))
                || !issued[0].equals(challengeOf(form.getOrDefault("code_verifier", "")))
                || !issued[1].equals(form.get("redirect_uri"))) {
            respond(exchange, 400, "application/json", "{\"error\": \"invalid_grant\"}");
            return;
        }
        redeemedWithPkce++;
        respond(exchange, 200, "application/json", "{\"access_token\": \"" + accessToken()
                + "\", \"token_type\": \"Bearer\", \"expires_in\": 300}");
    }

    private String accessToken() {
        return TestTokens.signed(keys, TestTokens.claims(user, roles, List.of(), 300).issuer(issuer()).build());
    }

    private static String challengeOf(String verifier) {
        try {
            return Base64.getUrlEncoder().withoutPadding().encodeToString(MessageDigest.getInstance("SHA-256")
                    .digest(verifier.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, String> form(String encoded) {
        Map<String, String> values = new HashMap<>();
        if (encoded != null) {
            for (String pair : encoded.split("&")) {
                int at = pair.indexOf('=');
                if (at > 0) {
                    values.put(URLDecoder.decode(pair.substring(0, at), StandardCharsets.UTF_8),
                            URLDecoder.decode(pair.substring(at + 1), StandardCharsets.UTF_8));
                }
            }
        }
        return values;
    }

    /** Browsers call discovery and the token endpoint from Swagger UI's page, another origin. */
    private static void respond(HttpExchange exchange, int status, String type, String body) throws IOException {
        exchange.getResponseHeaders().add("Access-Control-Allow-Origin", "*");
        exchange.getResponseHeaders().add("Access-Control-Allow-Headers", "*");
        exchange.getResponseHeaders().add("Access-Control-Allow-Methods", "GET, POST, OPTIONS");
        exchange.getResponseHeaders().add("Content-Type", type);
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) {
            exchange.getResponseBody().write(bytes);
        }
        exchange.close();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
