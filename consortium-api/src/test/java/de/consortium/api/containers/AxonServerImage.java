package de.consortium.api.containers;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Runs a test class only where the Axon Server image can be had. Unlike PostgreSQL it cannot be built from
 * Debian's packages, so without a registry these tests skip even where containers are required; what they cover
 * runs in the PostgreSQL tests as well.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(AxonServerImage.Condition.class)
public @interface AxonServerImage {

    class Condition implements ExecutionCondition {

        @Override
        public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
            return Images.axonServerImageAvailable()
                    ? ConditionEvaluationResult.enabled("the Axon Server image is available")
                    : ConditionEvaluationResult.disabled("no Axon Server image here and none can be pulled");
        }
    }
}
