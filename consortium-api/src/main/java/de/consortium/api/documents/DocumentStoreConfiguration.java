package de.consortium.api.documents;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3ClientBuilder;

import java.io.IOException;
import java.nio.file.Path;

/** The document store the settings name; a missing setting of the chosen store stops the start. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(DocumentProperties.class)
class DocumentStoreConfiguration {

    @Bean
    DocumentStore documentStore(DocumentProperties properties, JdbcTemplate jdbc) throws IOException {
        return switch (properties.store()) {
            case FILESYSTEM -> new FileSystemDocumentStore(Path.of(required(properties.directory(),
                    "consortium.documents.directory")));
            case JDBC -> new JdbcDocumentStore(jdbc);
            case S3 -> s3Store(required(properties.s3(), "consortium.documents.s3"));
        };
    }

    private static S3DocumentStore s3Store(DocumentProperties.S3 s3) {
        S3ClientBuilder client = S3Client.builder().httpClientBuilder(UrlConnectionHttpClient.builder())
                .region(Region.of(required(s3.region(), "consortium.documents.s3.region")))
                .forcePathStyle(s3.pathStyle())
                // checksums only where S3 requires them: many S3-compatible stores refuse the newer checksum
                // headers, and every read is checked against the document's SHA-256 here anyway
                .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
                .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED)
                .credentialsProvider(s3.accessKeyId() == null ? DefaultCredentialsProvider.builder().build()
                        : StaticCredentialsProvider.create(AwsBasicCredentials.create(s3.accessKeyId(),
                        s3.secretAccessKey())));
        if (s3.endpoint() != null) {
            client.endpointOverride(s3.endpoint());
        }
        return new S3DocumentStore(client.build(), required(s3.bucket(), "consortium.documents.s3.bucket"),
                s3.prefix());
    }

    private static <T> T required(T value, String setting) {
        if (value == null) {
            throw new IllegalStateException("The document store needs the setting " + setting + ".");
        }
        return value;
    }
}
