package de.consortium.api.browser;

import de.consortium.api.OwnDataDirectory;
import de.consortium.api.CutRequests;
import de.consortium.api.HttpClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The pages in a real browser, on the CUT demo: each page passes axe-core's WCAG 2.1 AA checks without a serious
 * or critical violation, and the project page takes a change sent over REST without a reload.
 */
@Browser
@ExtendWith(Screenshots.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "consortium.demo.scenarios=cut")
class PagesInTheBrowserTest implements Screenshots.Driven {

    private static final String CUT = "SC20-SFQRL";

    @LocalServerPort
    private int port;
    private ChromeDriver browser;
    private WebDriverWait wait;

    @Autowired
    private TestRestTemplate rest;

    /** A server of its own, with a data directory of its own: the demo's project ids are the CUT case's. */
    @DynamicPropertySource
    static void dataDirectory(DynamicPropertyRegistry registry) throws IOException {
        OwnDataDirectory.register(registry, "pages");
    }

    @BeforeAll
    void openBrowser() {
        // the demo loads at start; its read models follow a moment later
        await().atMost(Duration.ofSeconds(30)).ignoreExceptions().until(() -> new HttpClient(rest).as("dashboard")
                .read("/api/projects/" + CUT + "/disbursements").read("$.disbursements[*].requestId", List.class)
                .size() == 9);
        browser = Chromium.start();
        wait = new WebDriverWait(browser, Duration.ofSeconds(20));
    }

    @AfterAll
    void closeBrowser() {
        browser.quit();
    }

    @BeforeEach
    void signedOut() {
        browser.manage().deleteAllCookies();
    }

    @Override
    public WebDriver browser() {
        return browser;
    }

    @Test
    void theSignInPageIsAccessible() throws Exception {
        browser.get(url("/"));
        wait.until(ExpectedConditions.urlContains("/login"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Anmelden");
        assertThat(Accessibility.seriousViolations(browser)).isEmpty();
        Screenshots.keep(browser, "anmelden");
    }

    @Test
    void thePortfolioAndTheProjectPageAreAccessibleAndTheProjectPageFollowsChanges() throws Exception {
        signIn("dashboard");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Projekte");
        assertThat(browser.findElement(By.linkText("Connected Urban Twins (CUT)")).isDisplayed()).isTrue();
        assertThat(Accessibility.seriousViolations(browser)).isEmpty();
        Screenshots.keep(browser, "portfolio");

        browser.findElement(By.linkText("Connected Urban Twins (CUT)")).click();
        wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Connected Urban Twins (CUT)"));
        assertThat(browser.findElement(By.id("deadlines")).getText()).contains("überfällig");
        assertThat(Accessibility.seriousViolations(browser)).isEmpty();
        Screenshots.keep(browser, "projekt");

        JavascriptExecutor script = browser;
        script.executeScript("window.notReloaded = true;");
        // a change sent before the page follows its changes would not reach it: wait until it does
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-live][data-following=true]")));
        long sent = System.nanoTime();
        new HttpClient(rest).as("lhm").command("/api/projects/" + CUT + "/partners/LHM/pass-council-resolution",
                CutRequests.MUNICH_RESOLUTION.replace("14-20 / V 18416", "LIVE-IM-BROWSER"));
        new WebDriverWait(browser, Duration.ofSeconds(3)).until(ExpectedConditions.textToBePresentInElementLocated(
                By.id("resolutions"), "LIVE-IM-BROWSER"));
        Duration seen = Duration.ofNanos(System.nanoTime() - sent);
        assertThat(script.executeScript("return window.notReloaded === true;")).as("the page was not reloaded")
                .isEqualTo(true);
        assertThat(seen).as("from the command's answer to the page showing it, rendering included")
                .isLessThan(Duration.ofSeconds(2));
        assertThat(browser.findElement(By.id("live-status")).getText()).startsWith("Seite aktualisiert um");
    }

    @Test
    void aProjectLeadUploadsADocumentFromTheProjectPageAndEveryoneWhoReadsSeesIt() throws Exception {
        Path file = Files.createTempFile("Ergebnisbericht", ".pdf");
        Files.writeString(file, "%PDF-1.4\n% Ergebnisbericht aus dem Browser\n%%EOF\n");
        signIn("lhm");
        browser.get(url("/projects/" + CUT));
        new Select(browser.findElement(By.id("upload-kind"))).selectByVisibleText("Bericht");
        browser.findElement(By.id("upload-file")).sendKeys(file.toString());
        browser.findElement(By.cssSelector("#upload button[type=submit]")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("uploaded"), "ist aufgenommen"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("documents"),
                file.getFileName().toString()));
        assertThat(Accessibility.seriousViolations(browser)).isEmpty();
        Screenshots.keep(browser, "unterlagen");

        browser.manage().deleteAllCookies();
        signIn("dashboard");
        browser.get(url("/projects/" + CUT));
        assertThat(browser.findElements(By.id("upload"))).as("only project leads upload").isEmpty();
        String href = browser.findElement(By.linkText(file.getFileName().toString())).getAttribute("href");
        assertThat(href).contains("/projects/" + CUT + "/partners/LHM/documents/");
    }

    @Test
    void aPageThatSaysWhatWentWrongIsAccessibleToo() {
        signIn("dashboard");
        browser.get(url("/projects/SC99-NONE"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Nicht gefunden");
        assertThat(Accessibility.seriousViolations(browser)).isEmpty();
    }

    @Test
    void theAuditorsPageIsAccessibleAndVerifiesTheChain() throws Exception {
        signIn("auditor");
        browser.get(url("/audit?project=" + CUT));
        assertThat(browser.findElement(By.id("events")).getText()).contains("ProjectRegistered");
        assertThat(Accessibility.seriousViolations(browser)).isEmpty();
        Screenshots.keep(browser, "pruefung");
        browser.findElement(By.cssSelector("form[action='/audit/verify'] button")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("verification"), "Intakt"));
        assertThat(Accessibility.seriousViolations(browser)).isEmpty();
    }

    @Test
    void theOperatorsPageIsAccessibleAndInEnglishOnRequest() throws Exception {
        signIn("operator");
        browser.get(url("/operations"));
        assertThat(browser.findElement(By.id("processor-budget")).getText()).contains("budget");
        assertThat(Accessibility.seriousViolations(browser)).isEmpty();
        Screenshots.keep(browser, "betrieb");
        browser.findElement(By.linkText("English")).click();
        wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Operations"));
        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("en");
        assertThat(Accessibility.seriousViolations(browser)).isEmpty();
    }

    private void signIn(String user) {
        browser.get(url("/login"));
        browser.findElement(By.id("username")).sendKeys(user);
        browser.findElement(By.id("password")).sendKeys(user + "-demo");
        browser.findElement(By.cssSelector("form button[type=submit]")).click();
        wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
