package de.consortium.api.processing;

import org.axonframework.springboot.TokenStoreProperties;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ProcessingPropertiesTest {

    @Test
    void unsetSettingsTakeTheMeasuredDefaults() {
        ProcessingProperties defaults = new ProcessingProperties(null, null, null, null);

        assertThat(defaults.queueFullPause()).isEqualTo(Duration.ofMillis(5));
        assertThat(defaults.claimExtension()).isEqualTo(Duration.ofSeconds(1));
        assertThat(defaults.replayOnce()).isTrue();
        assertThat(defaults.replayBatchSize()).isEqualTo(1000);
    }

    @Test
    void aReplayBatchOfNoEventsIsRefused() {
        assertThatThrownBy(() -> new ProcessingProperties(null, null, true, 0))
                .hasMessageContaining("replay-batch-size at least 1");
    }

    @Test
    void aClaimThatIsNeverRenewedIsRefused() {
        assertThatThrownBy(() -> new ProcessingProperties(Duration.ofMillis(5), Duration.ZERO, null, null))
                .hasMessageContaining("claim-extension must be positive");
    }

    @Test
    void aClaimRenewedOnlyAfterItTimedOutIsRefusedAtStart() {
        TokenStoreProperties tokenStore = new TokenStoreProperties();
        tokenStore.setClaimTimeout(Duration.ofSeconds(10));
        ProcessingProperties late = new ProcessingProperties(null, Duration.ofSeconds(10), null, null);

        assertThatThrownBy(() -> new ProcessingConfiguration().pooledProcessors(late, tokenStore))
                .hasMessageContaining("must be shorter than axon.eventhandling.tokenstore.claim-timeout");
    }
}
