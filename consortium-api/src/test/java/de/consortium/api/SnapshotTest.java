package de.consortium.api;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Partners are snapshotted (here every 3 events) and a partner loaded from a snapshot keeps every rule. */
class SnapshotTest extends ApiTest {

    private static final String PARTNER = "/api/projects/SC20-SNAP/partners/LHM";

    @Test
    void aPartnerLoadedFromItsSnapshotKeepsItsState() {
        CutRequests.munichFunded(http, "SC20-SNAP");
        http.as("lhm").command(PARTNER + "/request-disbursement", CutRequests.MUNICH_FIRST_REQUEST);
        http.as("kfw-approver").command(PARTNER + "/disbursements/LHM-2021-1/approve",
                "{\"approvedOn\": \"2021-07-20\"}");
        for (int paper = 1; paper <= 3; paper++) {
            http.as("lhm").command(PARTNER + "/pass-council-resolution",
                    CutRequests.MUNICH_RESOLUTION.replace("14-20 / V 18416", "SNAP-" + paper));
        }
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(jdbc.queryForObject(
                "SELECT MAX(sequencenumber) FROM snapshotevententry WHERE aggregateidentifier = ?", Long.class,
                "SC20-SNAP/LHM")).isGreaterThanOrEqualTo(7L));
        byte[] snapshot = jdbc.queryForObject("SELECT payload FROM snapshotevententry WHERE aggregateidentifier = ?"
                + " ORDER BY sequencenumber DESC LIMIT 1", byte[].class, "SC20-SNAP/LHM");
        assertThat(new String(snapshot, StandardCharsets.UTF_8)).contains("\"approvedBy\":\"kfw-approver\"",
                "\"granted\":635550000");

        assertThat(http.as("kfw-approver").post(PARTNER + "/disbursements/LHM-2021-1/pay",
                "{\"paidOn\": \"2021-07-31\"}").getBody()).contains("four-eyes");
        assertThat(http.as("lhm").post(PARTNER + "/request-disbursement", CutRequests.MUNICH_FIRST_REQUEST)
                .getBody()).contains("request-id-unique");
        assertThat(http.as("kfw-payer").command(PARTNER + "/disbursements/LHM-2021-1/pay",
                "{\"paidOn\": \"2021-07-31\"}").read("$.version", Long.class)).isEqualTo(11L);
    }
}
