package de.consortium.api.browser;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Supplier;

/**
 * Keeps a screenshot of the browser when a test fails, under {@code target/browser-failures/}; with
 * SCREENSHOTS_DIR set, {@link #keep} also writes the pages' pictures there (as docs/ shows them).
 */
final class Screenshots implements TestExecutionExceptionHandler {

    /** Test classes that drive a browser hand it out through this. */
    interface Driven {
        WebDriver browser();
    }

    @Override
    public void handleTestExecutionException(ExtensionContext context, Throwable failure) throws Throwable {
        if (context.getTestInstance().orElse(null) instanceof Driven driven && driven.browser() != null) {
            write(driven::browser, Path.of("target", "browser-failures"),
                    context.getRequiredTestClass().getSimpleName() + "-" + context.getRequiredTestMethod().getName());
        }
        throw failure;
    }

    /** Writes the page's picture to SCREENSHOTS_DIR as {@code name}.png, if that is set. */
    static void keep(WebDriver browser, String name) throws IOException {
        String directory = System.getenv("SCREENSHOTS_DIR");
        if (directory != null && !directory.isBlank()) {
            write(() -> browser, Path.of(directory), name);
        }
    }

    private static void write(Supplier<WebDriver> browser, Path directory, String name) throws IOException {
        Files.createDirectories(directory);
        Files.write(directory.resolve(name + ".png"), ((TakesScreenshot) browser.get()).getScreenshotAs(OutputType.BYTES));
    }
}
