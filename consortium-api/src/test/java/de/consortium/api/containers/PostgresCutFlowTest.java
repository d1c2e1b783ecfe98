package de.consortium.api.containers;

import de.consortium.api.CutFlow;
import de.consortium.api.HttpClient;
import de.consortium.api.web.document.Uploads;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.testcontainers.service.connection.ServiceConnection;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.testcontainers.containers.PostgreSQLContainer;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The REST flow on the {@code postgres} profile: everything in PostgreSQL, every schema from Flyway. */
@ContainerEngine
@Testcontainers
@ActiveProfiles("postgres")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "consortium.security.mode=basic") // JwtSecurityTest covers tokens
@DirtiesContext // closed before its database container stops
class PostgresCutFlowTest {

    @Container
    @ServiceConnection
    static final PostgreSQLContainer<?> POSTGRES = Images.postgres();

    @Autowired
    private TestRestTemplate rest;
    @Autowired
    private JdbcTemplate jdbc;

    @Test
    void fromRegistrationToAPaidDisbursement() {
        new CutFlow(new HttpClient(rest), "SC20-SFQRL").fromRegistrationToAPaidDisbursement();
    }

    @Test
    void aDocumentIsKeptInTheSharedDatabase() {
        Uploads uploads = new Uploads(rest);
        byte[] report = Uploads.pdf("Bericht in PostgreSQL");
        String address = uploads.uploadedByMunich("SC20-PGDOC", report);
        assertThat(jdbc.queryForObject("SELECT content FROM document_content WHERE address = ?", byte[].class,
                address)).isEqualTo(report);
        uploads.assertServedAsUploaded("SC20-PGDOC", report);
    }

    @Test
    void serializedDataIsByteaNeverOidAndTheGlobalIndexHasItsOwnSequence() {
        List<String> serialized = jdbc.queryForList("SELECT DISTINCT data_type FROM information_schema.columns"
                + " WHERE table_name IN ('domainevententry', 'snapshotevententry', 'tokenentry', 'deadletterentry')"
                + " AND column_name IN ('payload', 'metadata', 'token', 'diagnostics')"
                + " OR table_name = 'document_content' AND column_name = 'content'", String.class);
        assertThat(serialized).containsExactly("bytea");
        String sequence = jdbc.queryForObject("SELECT pg_get_serial_sequence('domainevententry', 'globalindex')",
                String.class);
        assertThat(jdbc.queryForObject("SELECT increment_by FROM pg_sequences WHERE schemaname || '.' || sequencename"
                + " = ?", Long.class, sequence)).isEqualTo(1L);
        assertThat(jdbc.queryForObject("SELECT cache_size FROM pg_sequences WHERE schemaname || '.' || sequencename"
                + " = ?", Long.class, sequence)).isEqualTo(1L);
    }
}
