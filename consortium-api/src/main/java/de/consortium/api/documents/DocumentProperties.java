package de.consortium.api.documents;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.util.List;

/**
 * Where documents are kept and what is accepted.
 *
 * @param store      {@code filesystem} (under {@code directory}), {@code jdbc} (the shared database) or {@code s3}
 * @param directory  the directory of the {@code filesystem} store
 * @param maxSize    the largest document accepted
 * @param mediaTypes the media types accepted, as told from a file's content
 * @param s3         the object store of the {@code s3} store
 */
@Validated
@ConfigurationProperties(prefix = "consortium.documents")
public record DocumentProperties(@NotNull Store store, String directory, @NotNull DataSize maxSize,
                                 @NotEmpty List<String> mediaTypes, S3 s3) {

    public enum Store { FILESYSTEM, JDBC, S3 }

    /**
     * @param endpoint  the store's address (any S3-compatible store); leave out for AWS itself
     * @param pathStyle address buckets by path ({@code https://host/bucket/key}), as most other stores want
     * @param prefix    put before every key, e.g. {@code consortium/}
     */
    public record S3(URI endpoint, String region, String bucket, String accessKeyId, String secretAccessKey,
                     boolean pathStyle, String prefix) {

        public S3 {
            prefix = prefix == null ? "" : prefix;
        }
    }
}
