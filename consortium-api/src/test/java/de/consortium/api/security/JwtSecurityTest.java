package de.consortium.api.security;

import de.consortium.api.OwnDataDirectory;
import de.consortium.api.CutRequests;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.KeyPair;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The production way in: bearer tokens of the identity provider, roles in {@code realm_access.roles} and partner
 * codes in {@code partners}, as the realm in deploy/keycloak issues them. Tokens here are signed with a key made
 * for the test.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class JwtSecurityTest {

    private static final KeyPair KEYS = TestTokens.rsaKeys();
    private static final KeyPair OTHER_KEYS = TestTokens.rsaKeys();

    @Autowired
    private TestRestTemplate rest;
    @Autowired
    private JdbcTemplate jdbc;

    @DynamicPropertySource
    static void trustTheTestKey(DynamicPropertyRegistry registry) throws IOException {
        Path dir = OwnDataDirectory.register(registry, "jwt");
        Path publicKey = TestTokens.publicKeyPem(KEYS, dir);
        registry.add("consortium.security.mode", () -> "jwt");
        registry.add("spring.security.oauth2.resourceserver.jwt.public-key-location", () -> "file:" + publicKey);
        registry.add("consortium.api-document.sign-in-issuer", () -> "http://localhost:8180/realms/consortium/");
    }

    /** Swagger UI signs in at the identity provider; clients holding a token send it as bearer. */
    @Test
    void theApiDocumentOffersBearerTokensAndSignInAtTheIdentityProvider() {
        Map<?, ?> document = rest.getForObject("/v3/api-docs", Map.class);
        Map<?, ?> schemes = (Map<?, ?>) ((Map<?, ?>) document.get("components")).get("securitySchemes");
        assertThat(new java.util.TreeSet<Object>(schemes.keySet())).containsExactly("bearerAuth", "oidc");
        assertThat(((Map<?, ?>) schemes.get("bearerAuth")).get("scheme")).isEqualTo("bearer");
        assertThat(((Map<?, ?>) schemes.get("oidc")).get("openIdConnectUrl"))
                .isEqualTo("http://localhost:8180/realms/consortium/.well-known/openid-configuration");
        assertThat(document.get("security").toString()).isEqualTo("[{bearerAuth=[]}, {oidc=[]}]");
        String swaggerUi = rest.getForObject("/swagger-ui/swagger-initializer.js", String.class);
        assertThat(swaggerUi.replace(" ", "")).contains("\"clientId\":\"consortium-swagger-ui\"",
                "\"usePkceWithAuthorizationCodeGrant\":true");
    }

    @Test
    void tokensCarryTheUsersRolesAndPartners() {
        String lead = token(KEYS, "lena", List.of("CONSORTIUM_LEAD", "PROJECT_LEAD"), List.of("FHH"), 300);
        String anna = token(KEYS, "anna", List.of("PROJECT_LEAD"), List.of("LHM"), 300);
        String leipzig = token(KEYS, "lars", List.of("PROJECT_LEAD"), List.of("LE"), 300);
        String partners = "/api/projects/SC20-JWT/partners";

        assertThat(post("/api/projects", CutRequests.REGISTER.formatted("SC20-JWT"), lead).getStatusCode().value())
                .isEqualTo(201);
        assertThat(post(partners, CutRequests.JOIN_MUNICH, lead).getStatusCode().value()).isEqualTo(201);
        assertThat(post(partners + "/LHM/pass-council-resolution", CutRequests.MUNICH_RESOLUTION, leipzig)
                .getStatusCode().value()).isEqualTo(403);
        assertThat(post(partners + "/LHM/pass-council-resolution", CutRequests.MUNICH_RESOLUTION, anna)
                .getStatusCode().value()).isEqualTo(202);

        byte[] metaData = jdbc.queryForObject("SELECT metadata FROM domainevententry WHERE aggregateidentifier = ?"
                + " AND payloadtype LIKE '%CouncilResolutionPassed'", byte[].class, "SC20-JWT/LHM");
        assertThat(new String(metaData, StandardCharsets.UTF_8)).contains("\"principal\":\"anna\"");
    }

    @Test
    void missingForeignOrExpiredTokensAreNotAuthenticated() {
        String foreign = token(OTHER_KEYS, "mallory", List.of("FUNDER"), List.of(), 300);
        String expired = token(KEYS, "anna", List.of("PROJECT_LEAD"), List.of("LHM"), -300);
        for (String token : new String[]{null, foreign, expired, "not-a-token"}) {
            ResponseEntity<String> response = get("/api/projects", token);
            assertThat(response.getStatusCode().value()).isEqualTo(401);
            assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        }
    }

    private ResponseEntity<String> post(String path, String body, String token) {
        HttpHeaders headers = bearer(token);
        headers.setContentType(MediaType.APPLICATION_JSON);
        return rest.exchange(path, HttpMethod.POST, new HttpEntity<>(body, headers), String.class);
    }

    private ResponseEntity<String> get(String path, String token) {
        return rest.exchange(path, HttpMethod.GET, new HttpEntity<>(bearer(token)), String.class);
    }

    private static HttpHeaders bearer(String token) {
        HttpHeaders headers = new HttpHeaders();
        if (token != null) {
            headers.setBearerAuth(token);
        }
        return headers;
    }

    private static String token(KeyPair keys, String user, List<String> roles, List<String> partners,
                                long validForSeconds) {
        return TestTokens.signed(keys, TestTokens.claims(user, roles, partners, validForSeconds).build());
    }
}
