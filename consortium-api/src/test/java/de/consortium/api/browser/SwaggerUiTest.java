package de.consortium.api.browser;

import de.consortium.api.ApiTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Swagger UI in a real browser: a local user signs in with "Authorize" and "Try it out" answers with the server's
 * data; without signing in, the call is answered 401 as a problem, in the page.
 */
@Browser
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SwaggerUiTest extends ApiTest {

    @LocalServerPort
    private int port;
    private ChromeDriver browser;
    private WebDriverWait wait;

    @BeforeAll
    void openBrowser() {
        browser = Chromium.start();
        wait = new WebDriverWait(browser, Duration.ofSeconds(20));
    }

    @AfterAll
    void closeBrowser() {
        browser.quit();
    }

    @Test
    void aLocalUserSignsInAndTriesAnOperation() {
        http.as("lead").command("/api/projects", de.consortium.api.CutRequests.REGISTER.formatted("SC20-UI"));
        browser.get("http://localhost:" + port + "/swagger-ui.html");
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("button.authorize"))).click();
        WebElement dialog = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".modal-ux")));
        assertThat(dialog.getText()).contains("basicAuth");
        dialog.findElement(By.cssSelector("input[name=username]")).sendKeys("auditor");
        dialog.findElement(By.cssSelector("input[name=password]")).sendKeys("auditor-demo");
        dialog.findElement(By.cssSelector("button.modal-btn.auth.authorize")).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".modal-ux button.btn-done"))).click();

        String status = tryOut("operations-Projects-listProjects");
        assertThat(status).isEqualTo("200");
        assertThat(responseBody("operations-Projects-listProjects")).contains("SC20-UI");
    }

    @Test
    void withoutSigningInTheCallIsAnswered401InThePage() {
        browser.manage().deleteAllCookies();
        browser.get("http://localhost:" + port + "/swagger-ui.html");
        browser.executeScript("window.localStorage.clear()");
        browser.navigate().refresh();
        assertThat(tryOut("operations-Audit-verifyAuditChain")).isEqualTo("401");
        assertThat(responseBody("operations-Audit-verifyAuditChain")).contains("Not authenticated");
    }

    /** Opens the operation, presses "Try it out" and "Execute", and answers the status Swagger UI shows. */
    private String tryOut(String operation) {
        WebElement block = wait.until(ExpectedConditions.presenceOfElementLocated(By.id(operation)));
        block.findElement(By.cssSelector(".opblock-summary-control")).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#" + operation + " .try-out__btn")))
                .click();
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#" + operation + " .execute"))).click();
        return wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#" + operation
                + " .live-responses-table tr.response .response-col_status"))).getText().trim().substring(0, 3);
    }

    private String responseBody(String operation) {
        return browser.findElement(By.cssSelector("#" + operation
                + " .live-responses-table tr.response .response-col_description")).getText();
    }
}
