package de.consortium.api;

import org.springframework.test.context.DynamicPropertyRegistry;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A test's server with data of its own: a fresh temporary data directory, so that what other test classes stored
 * (their demo data, their projects) is not there.
 */
public final class OwnDataDirectory {

    private OwnDataDirectory() {
    }

    /** Registers a fresh data directory named after {@code name}, and returns it for the test's other files. */
    public static Path register(DynamicPropertyRegistry registry, String name) throws IOException {
        Path directory = Files.createTempDirectory("consortium-" + name);
        registry.add("consortium.data-dir", directory::toString);
        return directory;
    }
}
