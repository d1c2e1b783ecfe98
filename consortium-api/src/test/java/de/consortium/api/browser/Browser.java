package de.consortium.api.browser;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.io.File;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Runs a test class only where Chromium and its driver are installed (Debian's {@code chromium} and
 * {@code chromium-driver}, or the paths in CHROMIUM_BINARY and CHROMEDRIVER). Without them it is skipped, unless a
 * browser is required (BROWSER_REQUIRED=true or -Dbrowser.required=true, as CI sets it): then it fails.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(Browser.Condition.class)
public @interface Browser {

    class Condition implements ExecutionCondition {

        @Override
        public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
            if (new File(Chromium.binary()).canExecute() && new File(Chromium.driver()).canExecute()) {
                return ConditionEvaluationResult.enabled("Chromium and its driver are installed");
            }
            if (Boolean.parseBoolean(System.getenv("BROWSER_REQUIRED")) || Boolean.getBoolean("browser.required")) {
                throw new IllegalStateException("A browser is required here, but " + Chromium.binary() + " or "
                        + Chromium.driver()
                        + " is missing (.ci/run installs Debian's chromium and chromium-driver).");
            }
            return ConditionEvaluationResult.disabled("no Chromium; set BROWSER_REQUIRED=true to fail instead");
        }
    }
}
