package de.consortium.api.notifications;

import de.consortium.api.ApiTest;
import org.axonframework.config.EventProcessingConfiguration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** Where no webhook is configured, no processor reads the history to record deliveries (WebhooksTest: where one is). */
class WithoutWebhooksTest extends ApiTest {

    @Autowired
    private EventProcessingConfiguration processing;

    @Test
    void noProcessorRecordsDeliveriesWhereNoHookIsConfigured() {
        assertThat(processing.eventProcessor(WebhookRecorder.GROUP)).isEmpty();
        assertThat(processing.eventProcessor("project-status")).isPresent();
    }
}
