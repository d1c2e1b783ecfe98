package de.consortium.api.browser;

import de.consortium.api.security.TestIdentityProvider;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.IOException;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * On the production way in (bearer tokens), Swagger UI signs in at the identity provider: authorization code with
 * PKCE for the public client, then "Try it out" with the token it got.
 */
@Browser
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SwaggerUiSignInAtTheIdentityProviderTest {

    private static TestIdentityProvider identityProvider;

    @LocalServerPort
    private int port;

    @DynamicPropertySource
    static void signInAtTheTestIdentityProvider(DynamicPropertyRegistry registry) throws IOException {
        identityProvider = new TestIdentityProvider("consortium-swagger-ui", "anna", List.of("AUDITOR"));
        identityProvider.trustedBy(registry);
        registry.add("consortium.api-document.sign-in-issuer", identityProvider::issuer);
    }

    @AfterAll
    static void stopIdentityProvider() {
        identityProvider.close();
    }

    @Test
    void swaggerUiSignsInWithPkceAndTriesAnOperation() {
        ChromeDriver browser = Chromium.start();
        try {
            WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
            browser.get("http://localhost:" + port + "/swagger-ui.html");
            wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("button.authorize"))).click();
            WebElement oidc = wait.until(driver -> driver.findElements(By.cssSelector(".modal-ux .auth-container"))
                    .stream().filter(container -> container.getText().contains("authorization_code with PKCE"))
                    .findFirst().orElse(null));
            assertThat(oidc.findElement(By.cssSelector("input[id^=client_id]")).getDomProperty("value"))
                    .isEqualTo("consortium-swagger-ui");
            oidc.findElement(By.cssSelector("button.modal-btn.auth.authorize")).click();
            wait.until(driver -> oidc.getText().contains("Logout") || oidc.getText().contains("Abmelden"));
            assertThat(identityProvider.redeemedWithPkce()).isEqualTo(1);
            browser.findElement(By.cssSelector(".modal-ux button.btn-done")).click();

            String operation = "operations-Audit-verifyAuditChain";
            browser.findElement(By.cssSelector("#" + operation + " .opblock-summary-control")).click();
            wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#" + operation + " .try-out__btn")))
                    .click();
            wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#" + operation + " .execute")))
                    .click();
            String status = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#" + operation
                    + " .live-responses-table tr.response .response-col_status"))).getText();
            assertThat(status).startsWith("200");
        } finally {
            browser.quit();
        }
    }
}
