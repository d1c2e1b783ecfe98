package de.consortium.api.http;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** Forgets the answers to idempotent requests after the configured retention. */
@Component
class IdempotencyRetention {

    private final JdbcTemplate jdbc;
    private final HttpProperties properties;
    private final Clock clock;

    IdempotencyRetention(JdbcTemplate jdbc, HttpProperties properties, Clock clock) {
        this.jdbc = jdbc;
        this.properties = properties;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT1M")
    void forgetOldAnswers() {
        jdbc.update("DELETE FROM idempotent_request WHERE created_at < ?",
                OffsetDateTime.now(clock.withZone(ZoneOffset.UTC)).minus(properties.idempotencyRetention()));
    }
}
