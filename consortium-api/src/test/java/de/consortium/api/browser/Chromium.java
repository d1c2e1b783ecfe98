package de.consortium.api.browser;

import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import java.io.File;
import java.time.Duration;

/** A headless Chromium as the tests drive it: no sandbox, no GPU, nothing fetched from the network by itself. */
final class Chromium {

    private Chromium() {
    }

    static ChromeDriver start() {
        ChromeOptions options = new ChromeOptions().setBinary(binary())
                .addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                        "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage",
                        "--window-size=1280,1024", "--lang=de-DE");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(driver())).usingAnyFreePort().build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        return driver;
    }

    static String binary() {
        return System.getenv().getOrDefault("CHROMIUM_BINARY", "/usr/bin/chromium");
    }

    static String driver() {
        return System.getenv().getOrDefault("CHROMEDRIVER", "/usr/bin/chromedriver");
    }
}
