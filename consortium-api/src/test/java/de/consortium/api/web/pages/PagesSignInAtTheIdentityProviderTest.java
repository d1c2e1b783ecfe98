package de.consortium.api.web.pages;

import de.consortium.api.security.TestIdentityProvider;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * On the production way in, the pages send people to the identity provider: authorization code with PKCE for the
 * public client, the ID token checked, and the roles taken from the access token as at the API.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PagesSignInAtTheIdentityProviderTest {

    private static TestIdentityProvider identityProvider;

    @LocalServerPort
    private int port;

    @DynamicPropertySource
    static void signInAtTheTestIdentityProvider(DynamicPropertyRegistry registry) throws IOException {
        identityProvider = new TestIdentityProvider("consortium-pages", "anna", List.of("AUDITOR"));
        identityProvider.trustedBy(registry);
        registry.add("spring.security.oauth2.client.provider.pages.authorization-uri",
                () -> identityProvider.issuer() + "/authorize");
        registry.add("spring.security.oauth2.client.provider.pages.token-uri", () -> identityProvider.issuer() + "/token");
        registry.add("spring.security.oauth2.client.provider.pages.jwk-set-uri", () -> identityProvider.issuer() + "/jwks");
    }

    @AfterAll
    static void stopIdentityProvider() {
        identityProvider.close();
    }

    @Test
    void aPageSendsThePersonToTheIdentityProviderAndBackSignedInWithItsRoles() {
        PageSession browser = new PageSession(port);
        HttpResponse<String> portfolio = browser.get("/");
        assertThat(portfolio.uri().getPath()).isEqualTo("/");
        assertThat(portfolio.statusCode()).isEqualTo(200);
        assertThat(portfolio.body()).contains("<h1>Projekte</h1>", "Abmelden (anna)");
        assertThat(identityProvider.redeemedWithPkce()).isEqualTo(1);

        assertThat(browser.get("/audit").statusCode()).as("anna is an auditor").isEqualTo(200);
        assertThat(browser.get("/operations").statusCode()).as("but no operator").isEqualTo(403);
        assertThat(identityProvider.redeemedWithPkce()).as("signed in once, for the session").isEqualTo(1);
    }
}
