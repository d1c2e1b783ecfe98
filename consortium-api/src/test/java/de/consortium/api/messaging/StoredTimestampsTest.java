package de.consortium.api.messaging;

import org.axonframework.common.DateTimeUtils;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StoredTimestampsTest {

    @Test
    void readsEveryTimestampAxonWritesAsAxonReadsIt() {
        Random random = new Random(20261130);
        long from = Instant.parse("0001-01-01T00:00:00Z").getEpochSecond();
        long to = Instant.parse("9999-12-31T23:59:59Z").getEpochSecond();
        for (int i = 0; i < 100_000; i++) {
            Instant instant = Instant.ofEpochSecond(from + (long) (random.nextDouble() * (to - from)),
                    random.nextInt(1_000_000_000));
            String stored = DateTimeUtils.formatInstant(instant);

            assertThat(StoredTimestamps.parse(stored)).as(stored).isEqualTo(DateTimeUtils.parseInstant(stored));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"2024-02-29T23:59:59.999Z", "2026-11-30T15:08:49Z", "2026-11-30T15:08:49.1Z",
            "2026-11-30T15:08:49.123456Z", "2026-11-30T15:08:49.123456789Z", "1970-01-01T00:00:00.000Z",
            "2000-12-31T00:00:00.5Z", "2026-01-09T09:09:09.09Z"})
    void readsWhatIsWrittenWithAnyNumberOfFractionDigitsAsAxonDoes(String stored) {
        assertThat(StoredTimestamps.parse(stored)).isEqualTo(DateTimeUtils.parseInstant(stored));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-11-30T15:08:49.123+01:00", "2026-11-30T15:08:49+00:00", "+12026-11-30T15:08:49Z",
            "2026-11-30T15:08:49.Z"})
    void leavesOtherFormsToAxon(String stored) {
        assertThat(StoredTimestamps.parse(stored)).isEqualTo(DateTimeUtils.parseInstant(stored));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-02-29T00:00:00.000Z", "2026-13-01T00:00:00Z", "2026-00-01T00:00:00Z",
            "2026-11-00T00:00:00Z", "2026-11-30T24:00:00Z", "2026-11-30T15:60:00Z", "2026-11-30T15:08:60Z",
            "2026-11-30T15:08:49.1234567890Z", "2026-11-3xT15:08:49Z",
            "2026-11-30 15:08:49Z", "2026-11-30T15:08:49.12a4Z", "2026-11-30T15:08"})
    void refusesWhatAxonRefuses(String stored) {
        assertThatThrownBy(() -> DateTimeUtils.parseInstant(stored)).isInstanceOf(DateTimeParseException.class);
        assertThatThrownBy(() -> StoredTimestamps.parse(stored)).isInstanceOf(DateTimeParseException.class);
    }
}
