package de.consortium.api.http;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

import java.time.Duration;

/**
 * @param maxBodySize          the largest request body accepted; larger ones get 413
 * @param idempotencyRetention how long the answer to a request with an Idempotency-Key is kept for retries
 */
@ConfigurationProperties(prefix = "consortium.http")
public record HttpProperties(DataSize maxBodySize, Duration idempotencyRetention) {

    public HttpProperties {
        maxBodySize = maxBodySize == null ? DataSize.ofKilobytes(256) : maxBodySize;
        idempotencyRetention = idempotencyRetention == null ? Duration.ofHours(24) : idempotencyRetention;
    }
}
