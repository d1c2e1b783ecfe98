package de.consortium.api.documents;

import org.gaul.s3proxy.S3Proxy;
import org.h2.jdbcx.JdbcDataSource;
import org.jclouds.ContextBuilder;
import org.jclouds.blobstore.BlobStoreContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.unit.DataSize;
import software.amazon.awssdk.services.s3.S3Client;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import de.consortium.domain.project.PartnerId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The three stores keep the same promises: a put is kept, a second put of the same address changes nothing, a
 * read gives the bytes back, a missing document is reported as missing, a delete removes it. The S3 store runs
 * against S3Proxy, an S3-compatible server, in this JVM.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DocumentStoresTest {

    private static final DocumentAddress REPORT = new DocumentAddress(new PartnerId("SC20-SFQRL", "LHM"),
            "a".repeat(64));

    @TempDir
    static Path directory;
    private S3Proxy s3Proxy;

    @BeforeAll
    void startS3Proxy() throws Exception {
        BlobStoreContext context = ContextBuilder.newBuilder("transient")
                .credentials("consortium", "consortium-secret").build(BlobStoreContext.class);
        context.getBlobStore().createContainerInLocation(null, "documents");
        s3Proxy = S3Proxy.builder().blobStore(context.getBlobStore()).endpoint(URI.create("http://127.0.0.1:0"))
                .awsAuthentication(org.gaul.s3proxy.AuthenticationType.AWS_V2_OR_V4, "consortium",
                        "consortium-secret").build();
        s3Proxy.start();
        while (!s3Proxy.getState().equals("STARTED")) {
            Thread.sleep(10);
        }
    }

    @AfterAll
    void stopS3Proxy() throws Exception {
        s3Proxy.stop();
    }

    Stream<DocumentStore> stores() throws IOException {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:stores;MODE=PostgreSQL;DB_CLOSE_DELAY=-1");
        JdbcTemplate jdbc = new JdbcTemplate(h2);
        jdbc.execute("CREATE TABLE IF NOT EXISTS document_content (address VARCHAR(200) PRIMARY KEY,"
                + " content BYTEA NOT NULL)");
        jdbc.execute("DELETE FROM document_content");
        DocumentProperties.S3 s3 = new DocumentProperties.S3(URI.create("http://127.0.0.1:" + s3Proxy.getPort()),
                "eu-central-1", "documents", "consortium", "consortium-secret", true, "consortium/");
        DocumentProperties s3Settings = new DocumentProperties(DocumentProperties.Store.S3, null,
                DataSize.ofMegabytes(20), List.of("application/pdf"), s3);
        return Stream.of(new FileSystemDocumentStore(Files.createTempDirectory(directory, "fs")),
                new JdbcDocumentStore(jdbc), new DocumentStoreConfiguration().documentStore(s3Settings, jdbc));
    }

    @ParameterizedTest
    @MethodSource("stores")
    void aStoreKeepsGivesBackAndDeletes(DocumentStore store) throws IOException {
        assertThat(store.contains(REPORT)).isFalse();
        assertThatThrownBy(() -> store.open(REPORT)).isInstanceOf(MissingDocument.class)
                .hasMessageContaining(REPORT.key());
        Path staged = Files.writeString(Files.createTempFile(directory, "staged", ".pdf"), "%PDF-1.4 Bericht",
                StandardCharsets.UTF_8);
        store.put(REPORT, staged);
        Files.writeString(staged, "%PDF-1.4 other bytes", StandardCharsets.UTF_8);
        store.put(REPORT, staged);

        assertThat(store.contains(REPORT)).isTrue();
        try (InputStream in = store.open(REPORT)) {
            assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("%PDF-1.4 Bericht");
        }
        store.delete(REPORT);
        assertThat(store.contains(REPORT)).isFalse();
        store.delete(REPORT);
    }
}
