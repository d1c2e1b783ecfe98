package de.consortium.api.containers;

import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.PostgreSQLContainer;
import org.testcontainers.containers.wait.strategy.Wait;
import org.testcontainers.utility.DockerImageName;

import java.time.Duration;
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

    private static final int AXON_SERVER_HTTP = 8024;
    private static final int AXON_SERVER_GRPC = 8124;
    private static final String AXON_SERVER = setting("TEST_AXONSERVER_IMAGE", "test.axonserver.image",
            "axoniq/axonserver:2024.2.3");

    public static PostgreSQLContainer<?> postgres() {
        String image = setting("TEST_POSTGRES_IMAGE", "test.postgres.image", "postgres:15");
        return new PostgreSQLContainer<>(DockerImageName.parse(image).asCompatibleSubstituteFor("postgres"))
                .withDatabaseName("consortium").withUsername("consortium").withPassword("consortium");
    }

    /**
     * Axon Server on one node with its default context. A plain container rather than Axon's
     * {@code AxonServerContainer}, which initialises a cluster through an endpoint that only Axon Server 2024 and
     * later have: this works with those (standalone, they create the context themselves) and with earlier ones.
     */
    public static GenericContainer<?> axonServer() {
        return new GenericContainer<>(DockerImageName.parse(AXON_SERVER))
                .withEnv("AXONIQ_AXONSERVER_STANDALONE", "true")
                .withEnv("AXONIQ_AXONSERVER_DEVMODE_ENABLED", "true")
                .withExposedPorts(AXON_SERVER_HTTP, AXON_SERVER_GRPC)
                .waitingFor(Wait.forHttp("/actuator/health").forPort(AXON_SERVER_HTTP)
                        .withStartupTimeout(Duration.ofMinutes(3)));
    }

    /** Where clients reach the Axon Server of {@link #axonServer()}: host:port of its gRPC port. */
    public static String axonServerAddress(GenericContainer<?> axonServer) {
        return axonServer.getHost() + ":" + axonServer.getMappedPort(AXON_SERVER_GRPC);
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
