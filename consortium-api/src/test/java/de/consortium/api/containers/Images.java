package de.consortium.api.containers;

import org.testcontainers.containers.PostgreSQLContainer;
import org.testcontainers.utility.DockerImageName;

/**
 * The images container tests use, named by a setting so that a machine without a registry can substitute a
 * compatible local build: environment {@code TEST_POSTGRES_IMAGE} or system property {@code test.postgres.image}
 * (default: the official {@code postgres:15}).
 */
public final class Images {

    private Images() {
    }

    public static PostgreSQLContainer<?> postgres() {
        String image = System.getenv().getOrDefault("TEST_POSTGRES_IMAGE",
                System.getProperty("test.postgres.image", "postgres:15"));
        return new PostgreSQLContainer<>(DockerImageName.parse(image).asCompatibleSubstituteFor("postgres"))
                .withDatabaseName("consortium").withUsername("consortium").withPassword("consortium");
    }
}
