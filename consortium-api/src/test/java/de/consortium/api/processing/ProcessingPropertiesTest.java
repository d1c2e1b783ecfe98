package de.consortium.api.processing;

import org.axonframework.springboot.EventProcessorProperties;
import org.axonframework.springboot.TokenStoreProperties;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ProcessingPropertiesTest {

    @Test
    void unsetSettingsTakeTheMeasuredDefaults() {
        ProcessingProperties defaults = new ProcessingProperties(null, null, null, null, null);

        assertThat(defaults.queueFullPause()).isEqualTo(Duration.ofMillis(5));
        assertThat(defaults.idlePoll()).isEqualTo(Duration.ofMillis(50));
        assertThat(defaults.claimExtension()).isEqualTo(Duration.ofSeconds(1));
        assertThat(defaults.replayOnce()).isTrue();
        assertThat(defaults.replayBatchSize()).isEqualTo(1000);
    }

    @Test
    void aReplayBatchOfNoEventsIsRefused() {
        assertThatThrownBy(() -> new ProcessingProperties(null, null, null, true, 0))
                .hasMessageContaining("replay-batch-size at least 1");
    }

    @Test
    void aClaimThatIsNeverRenewedIsRefused() {
        assertThatThrownBy(() -> new ProcessingProperties(Duration.ofMillis(5), null, Duration.ZERO, null, null))
                .hasMessageContaining("claim-extension must be positive");
    }

    @Test
    void aCoordinatorThatNeverLooksForEventsIsRefused() {
        assertThatThrownBy(() -> new ProcessingProperties(null, Duration.ZERO, null, null, null))
                .hasMessageContaining("idle-poll and claim-extension must be positive");
    }

    @Test
    void aDelayAsLongAsOneOfAxonsShortenedPausesIsRefusedAtStart() {
        TokenStoreProperties tokenStore = new TokenStoreProperties();
        EventProcessorProperties processors = new EventProcessorProperties();
        EventProcessorProperties.ProcessorSettings budget = new EventProcessorProperties.ProcessorSettings();
        budget.setTokenClaimInterval(500);
        processors.getProcessors().put("budget", budget);
        ProcessingProperties defaults = new ProcessingProperties(null, null, null, null, null);
        ProcessingProperties claimExtendedAsOftenAsAQueueFullPause = new ProcessingProperties(null, null,
                Duration.ofMillis(100), null, null);

        assertThatThrownBy(() -> new ProcessingConfiguration().pooledProcessors(defaults, tokenStore, processors))
                .hasMessageContaining("axon.eventhandling.processors.budget.token-claim-interval must not be 500 ms");
        assertThatThrownBy(() -> new ProcessingConfiguration().pooledProcessors(
                claimExtendedAsOftenAsAQueueFullPause, tokenStore, new EventProcessorProperties()))
                .hasMessageContaining("consortium.processing.claim-extension must not be 100 ms");
        budget.setTokenClaimInterval(2000);
        assertThat(new ProcessingConfiguration().pooledProcessors(defaults, tokenStore, processors)).isNotNull();
    }

    @Test
    void aClaimRenewedOnlyAfterItTimedOutIsRefusedAtStart() {
        TokenStoreProperties tokenStore = new TokenStoreProperties();
        tokenStore.setClaimTimeout(Duration.ofSeconds(10));
        ProcessingProperties late = new ProcessingProperties(null, null, Duration.ofSeconds(10), null, null);

        assertThatThrownBy(() -> new ProcessingConfiguration().pooledProcessors(late, tokenStore,
                new EventProcessorProperties()))
                .hasMessageContaining("must be shorter than axon.eventhandling.tokenstore.claim-timeout");
    }
}
