package de.consortium.api.security;

import de.consortium.api.OwnDataDirectory;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.springframework.test.context.DynamicPropertyRegistry;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPublicKey;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * An OpenID Connect provider just large enough for a public client's sign-in (Swagger UI's, the pages'): discovery,
 * an authorization endpoint that signs the one configured user in at once, a token endpoint that gives out an
 * access token (and, for the scope openid, an ID token with the request's nonce) only for the code with the PKCE
 * verifier of its challenge (S256) and the expected client, and its signing key. Counts the codes it redeemed.
 */
public final class TestIdentityProvider implements AutoCloseable {

    private final HttpServer server;
    private final KeyPair keys;
    private final String clientId;
    private final String user;
    private final List<String> roles;
    private final Map<String, String[]> codes = new ConcurrentHashMap<>();
    private volatile int redeemedWithPkce;

    public TestIdentityProvider(String clientId, String user, List<String> roles) throws IOException {
        this.clientId = clientId;
        this.user = user;
        this.roles = roles;
        this.keys = TestTokens.rsaKeys();
        server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
        server.createContext("/.well-known/openid-configuration", this::discovery);
        server.createContext("/authorize", this::authorize);
        server.createContext("/token", this::token);
        server.createContext("/jwks", this::keys);
        server.start();
    }

    /**
     * Points a test server at this provider: bearer tokens on its way in (consortium.security.mode=jwt), this
     * provider's key to check them, and a data directory of its own.
     */
    public void trustedBy(DynamicPropertyRegistry registry) throws IOException {
        Path dir = OwnDataDirectory.register(registry, "oidc");
        Path publicKey = publicKey(dir);
        registry.add("consortium.security.mode", () -> "jwt");
        registry.add("spring.security.oauth2.resourceserver.jwt.public-key-location", () -> "file:" + publicKey);
    }

    public String issuer() {
        return "http://localhost:" + server.getAddress().getPort();
    }

    public int redeemedWithPkce() {
        return redeemedWithPkce;
    }

    /** The public key, as a PEM file the application trusts for the tokens. */
    private Path publicKey(Path directory) throws IOException {
        return TestTokens.publicKeyPem(keys, directory);
    }

    private void discovery(HttpExchange exchange) throws IOException {
        String issuer = issuer();
        respond(exchange, 200, "application/json", """
                {"issuer": "%1$s", "authorization_endpoint": "%1$s/authorize", "token_endpoint": "%1$s/token",
                 "jwks_uri": "%1$s/jwks",
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
        codes.put(code, new String[]{query.get("code_challenge"), query.get("redirect_uri"),
                query.getOrDefault("scope", ""), query.get("nonce")});
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
        String idToken = Arrays.asList(issued[2].split(" ")).contains("openid")
                ? ", \"id_token\": \"" + idToken(issued[3]) + "\"" : "";
        respond(exchange, 200, "application/json", "{\"access_token\": \"" + accessToken()
                + "\", \"token_type\": \"Bearer\", \"expires_in\": 300" + idToken + "}");
    }

    private String idToken(String nonce) {
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder().issuer(issuer()).subject(user + "-id")
                .audience(clientId).claim("preferred_username", user).issueTime(new Date())
                .expirationTime(Date.from(Instant.now().plusSeconds(300)));
        return TestTokens.signed(keys, (nonce == null ? claims : claims.claim("nonce", nonce)).build());
    }

    private void keys(HttpExchange exchange) throws IOException {
        respond(exchange, 200, "application/json",
                new JWKSet(new RSAKey.Builder((RSAPublicKey) keys.getPublic()).build()).toString());
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
