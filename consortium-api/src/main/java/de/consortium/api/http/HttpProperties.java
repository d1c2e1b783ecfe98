package de.consortium.api.http;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

import java.time.Duration;

/**
 * @param maxBodySize          the largest request body accepted; larger ones get 413
 * @param idempotencyRetention how long the answer to a request with an Idempotency-Key is kept for retries
 * @param idempotencyTakeover  how long a retry waits for the first attempt at its request while the node running it
 *                             lives; then it takes the request over (a command takes milliseconds: that one hangs)
 */
@ConfigurationProperties(prefix = "consortium.http")
public record HttpProperties(DataSize maxBodySize, Duration idempotencyRetention, Duration idempotencyTakeover) {

    public HttpProperties {
        maxBodySize = maxBodySize == null ? DataSize.ofKilobytes(256) : maxBodySize;
        idempotencyRetention = idempotencyRetention == null ? Duration.ofHours(24) : idempotencyRetention;
        idempotencyTakeover = idempotencyTakeover == null ? Duration.ofSeconds(30) : idempotencyTakeover;
    }
}
