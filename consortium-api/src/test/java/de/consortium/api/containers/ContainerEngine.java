package de.consortium.api.containers;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.testcontainers.DockerClientFactory;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Runs a test class only where a container engine answers. Without one it is skipped, unless containers are
 * required (environment {@code CONTAINERS_REQUIRED=true} or system property {@code containers.required=true},
 * as CI sets it): then the missing engine fails the build instead of hiding the tests.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(ContainerEngine.Condition.class)
public @interface ContainerEngine {

    class Condition implements ExecutionCondition {

        @Override
        public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
            if (DockerClientFactory.instance().isDockerAvailable()) {
                return ConditionEvaluationResult.enabled("a container engine answers");
            }
            if (required()) {
                throw new IllegalStateException("Containers are required here, but no container engine answers"
                        + " (.ci/run shows how CI provides one).");
            }
            return ConditionEvaluationResult.disabled("no container engine; set CONTAINERS_REQUIRED=true to fail");
        }

        static boolean required() {
            return Boolean.parseBoolean(System.getenv("CONTAINERS_REQUIRED"))
                    || Boolean.getBoolean("containers.required");
        }
    }
}
