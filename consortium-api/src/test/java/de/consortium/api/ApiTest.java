package de.consortium.api;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Tests against one running server on the embedded default, with its own data directory and metrics as in production.
 * A test that needs other settings gets a server of its own, with data of its own (not a subclass with more dynamic
 * properties: that would be a second server on this one's database, whose processors and rebuilds run alongside).
 */
@AutoConfigureObservability
@SpringBootTest(classes = ConsortiumApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class ApiTest {

    private static final Path DATA_DIR = temporaryDataDir();

    @Autowired
    private TestRestTemplate rest;
    @Autowired
    protected JdbcTemplate jdbc;
    protected HttpClient http;

    @DynamicPropertySource
    static void dataDirectory(DynamicPropertyRegistry registry) {
        registry.add("consortium.data-dir", DATA_DIR::toString);
        registry.add("consortium.cluster.balance-interval", () -> "1s");
        // snapshot every few events, so that every flow in these tests also runs through snapshots
        registry.add("consortium.snapshots.threshold", () -> "3");
    }

    @BeforeEach
    void client() {
        http = new HttpClient(rest);
    }

    protected long storedEvents() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM domainevententry", Long.class);
    }

    private static Path temporaryDataDir() {
        try {
            return Files.createTempDirectory("consortium-test");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
