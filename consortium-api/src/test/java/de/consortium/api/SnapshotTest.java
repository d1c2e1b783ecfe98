package de.consortium.api;

import de.consortium.domain.partner.Partner;
import org.axonframework.common.caching.Cache;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;

import java.nio.charset.StandardCharsets;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Partners are snapshotted (here every 3 events) and a partner loaded from a snapshot keeps every rule. Each test
 * empties the partner cache first, so that the partner really is loaded from the store.
 */
class SnapshotTest extends ApiTest {

    @Autowired
    @Qualifier(Partner.CACHE)
    private Cache partnerCache;

    @Test
    void aPartnerLoadedFromItsSnapshotKeepsItsState() {
        String partner = "/api/projects/SC20-SNAP/partners/LHM";
        CutRequests.munichFunded(http, "SC20-SNAP");
        http.as("lhm").command(partner + "/request-disbursement", CutRequests.MUNICH_FIRST_REQUEST);
        http.as("kfw-approver").command(partner + "/disbursements/LHM-2021-1/approve",
                "{\"approvedOn\": \"2021-07-20\"}");
        for (int paper = 1; paper <= 3; paper++) {
            http.as("lhm").command(partner + "/pass-council-resolution",
                    CutRequests.MUNICH_RESOLUTION.replace("14-20 / V 18416", "SNAP-" + paper));
        }
        awaitSnapshot("SC20-SNAP/LHM", 7);
        byte[] snapshot = jdbc.queryForObject("SELECT payload FROM snapshotevententry WHERE aggregateidentifier = ?"
                + " ORDER BY sequencenumber DESC LIMIT 1", byte[].class, "SC20-SNAP/LHM");
        assertThat(new String(snapshot, StandardCharsets.UTF_8)).contains("\"approvedBy\":\"kfw-approver\"",
                "\"granted\":635550000");
        assertThat(jdbc.queryForObject("SELECT payloadrevision FROM snapshotevententry WHERE aggregateidentifier = ?",
                String.class, "SC20-SNAP/LHM")).isEqualTo("3");
        partnerCache.removeAll();

        assertThat(http.as("lhm").post(partner + "/pass-council-resolution",
                CutRequests.MUNICH_RESOLUTION.replace("14-20 / V 18416", "SNAP-1")).getBody())
                .contains("resolution-recorded-once");
        assertThat(http.as("kfw-approver").post(partner + "/disbursements/LHM-2021-1/pay",
                "{\"paidOn\": \"2021-07-31\"}").getBody()).contains("four-eyes");
        assertThat(http.as("lhm").post(partner + "/request-disbursement", CutRequests.MUNICH_FIRST_REQUEST)
                .getBody()).contains("request-id-unique");
        assertThat(http.as("kfw-payer").command(partner + "/disbursements/LHM-2021-1/pay",
                "{\"paidOn\": \"2021-07-31\"}").read("$.version", Long.class)).isEqualTo(11L);
    }

    @Test
    void aSnapshotOfAnotherLayoutIsPassedOverAndThePartnerLoadedFromItsEvents() {
        String partner = "/api/projects/SC20-LAYOUT/partners/LHM";
        CutRequests.munichFunded(http, "SC20-LAYOUT");
        awaitSnapshotsSettled("SC20-LAYOUT/LHM");
        // what the release before revision 2 left: a snapshot without revision, of a layout this partner cannot read
        jdbc.update("UPDATE snapshotevententry SET payloadrevision = NULL, payload = ? WHERE aggregateidentifier = ?",
                "{}".getBytes(StandardCharsets.UTF_8), "SC20-LAYOUT/LHM");
        partnerCache.removeAll();

        assertThat(http.as("lhm").command(partner + "/request-disbursement", CutRequests.MUNICH_FIRST_REQUEST)
                .read("$.version", Long.class)).isEqualTo(6L);
    }

    /** Snapshots are taken asynchronously: wait until there is one and no newer one came for a second. */
    private void awaitSnapshotsSettled(String partnerId) {
        awaitSnapshot(partnerId, 2);
        long[] newest = {-1};
        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofSeconds(1)).until(() -> {
            long now = jdbc.queryForObject("SELECT MAX(sequencenumber) FROM snapshotevententry"
                    + " WHERE aggregateidentifier = ?", Long.class, partnerId);
            boolean settled = now == newest[0];
            newest[0] = now;
            return settled;
        });
    }

    private void awaitSnapshot(String partnerId, long atLeastSequence) {
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(jdbc.queryForObject(
                "SELECT MAX(sequencenumber) FROM snapshotevententry WHERE aggregateidentifier = ?", Long.class,
                partnerId)).isGreaterThanOrEqualTo(atLeastSequence));
    }
}
