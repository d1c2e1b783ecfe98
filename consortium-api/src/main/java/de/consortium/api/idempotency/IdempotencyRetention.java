package de.consortium.api.idempotency;

import de.consortium.api.http.HttpProperties;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Forgets the answers to idempotent requests after the configured retention. */
@Component
class IdempotencyRetention {

    private final IdempotentRequests requests;
    private final HttpProperties properties;

    IdempotencyRetention(IdempotentRequests requests, HttpProperties properties) {
        this.requests = requests;
        this.properties = properties;
    }

    @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT1M")
    void forgetOldAnswers() {
        requests.forgetCreatedBefore(requests.now().minus(properties.idempotencyRetention()));
    }
}
