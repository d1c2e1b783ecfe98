package de.consortium.api.containers;

import org.axonframework.test.server.AxonServerContainer;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.PostgreSQLContainer;
import org.testcontainers.utility.DockerImageName;

import java.util.concurrent.TimeUnit;

/**
 * The images container tests use, named by a setting so that a machine without a registry can substitute a
 * compatible local build: environment {@code TEST_POSTGRES_IMAGE} or system property {@code test.postgres.image}
 * (default: the official {@code postgres:15}); likewise {@code TEST_AXONSERVER_IMAGE} / {@code test.axonserver.image}
 * (default: the official {@code axoniq/axonserver:2024.2.3}, the version {@code deploy/} runs).
 */
public final class Images {

    private Images() {
    }

    private static final String AXON_SERVER = setting("TEST_AXONSERVER_IMAGE", "test.axonserver.image",
            "axoniq/axonserver:2024.2.3");

    public static PostgreSQLContainer<?> postgres() {
        String image = setting("TEST_POSTGRES_IMAGE", "test.postgres.image", "postgres:15");
        return new PostgreSQLContainer<>(DockerImageName.parse(image).asCompatibleSubstituteFor("postgres"))
                .withDatabaseName("consortium").withUsername("consortium").withPassword("consortium");
    }

    public static AxonServerContainer axonServer() {
        return new AxonServerContainer(DockerImageName.parse(AXON_SERVER)
                .asCompatibleSubstituteFor("axoniq/axonserver")).withDevMode(true);
    }

    /** Whether the Axon Server image is here or can be pulled within a minute (no registry: it cannot). */
    static boolean axonServerImageAvailable() {
        if (!DockerClientFactory.instance().isDockerAvailable()) {
            return false;
        }
        var docker = DockerClientFactory.instance().client();
        if (!docker.listImagesCmd().withImageNameFilter(AXON_SERVER).exec().isEmpty()) {
            return true;
        }
        try {
            return docker.pullImageCmd(AXON_SERVER).start().awaitCompletion(60, TimeUnit.SECONDS);
        } catch (RuntimeException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static String setting(String environment, String property, String defaultValue) {
        return System.getenv().getOrDefault(environment, System.getProperty(property, defaultValue));
    }
}
