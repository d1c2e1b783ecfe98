package de.consortium.api;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * For each test a fresh in-memory H2 database, as the embedded default runs it, with the application's migrations
 * from both their locations; and events written into its event table at chosen positions, as appends of other
 * instances would be. Register it with {@code @RegisterExtension}.
 */
public final class MigratedDatabase implements BeforeEachCallback, AfterEachCallback {

    private final String name;
    private DriverManagerDataSource dataSource;
    private JdbcTemplate jdbc;

    public MigratedDatabase(String name) {
        this.name = name;
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        dataSource = new DriverManagerDataSource("jdbc:h2:mem:" + name + "-" + UUID.randomUUID()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1");
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration/axon",
                "classpath:db/migration/readmodels").load().migrate();
        jdbc = new JdbcTemplate(dataSource);
    }

    @Override
    public void afterEach(ExtensionContext context) {
        jdbc.execute("SHUTDOWN");
    }

    public DriverManagerDataSource dataSource() {
        return dataSource;
    }

    public JdbcTemplate jdbc() {
        return jdbc;
    }

    /** An event of its own aggregate at the position, stored at the time given as Axon stores it. */
    public void insertEventAt(long position, String timestamp) {
        String id = UUID.randomUUID().toString();
        jdbc.update("INSERT INTO domainevententry (globalindex, aggregateidentifier, sequencenumber, type,"
                        + " eventidentifier, metadata, payload, payloadrevision, payloadtype, timestamp)"
                        + " VALUES (?, ?, 0, 'T', ?, ?, ?, '1', 'Named', ?)", position, id, id,
                "{}".getBytes(StandardCharsets.UTF_8), "{}".getBytes(StandardCharsets.UTF_8), timestamp);
    }
}
