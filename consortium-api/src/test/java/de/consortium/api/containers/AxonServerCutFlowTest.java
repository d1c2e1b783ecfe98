package de.consortium.api.containers;

import de.consortium.api.CutFlow;
import de.consortium.api.HttpClient;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.test.server.AxonServerContainer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.testcontainers.service.connection.ServiceConnection;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.testcontainers.containers.PostgreSQLContainer;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The REST flow on the {@code axonserver} profile: Axon Server stores the events and routes the messages, read
 * models and tokens live in PostgreSQL. Skips where the Axon Server image cannot be had; PostgresCutFlowTest runs
 * the same flow.
 */
@AxonServerImage
@Testcontainers
@ActiveProfiles("axonserver")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "consortium.security.mode=basic") // JwtSecurityTest covers tokens
@DirtiesContext // closed before its containers stop
class AxonServerCutFlowTest {

    @Container
    @ServiceConnection
    static final PostgreSQLContainer<?> POSTGRES = Images.postgres();
    @Container
    @ServiceConnection
    static final AxonServerContainer AXON_SERVER = Images.axonServer();

    @Autowired
    private TestRestTemplate rest;
    @Autowired
    private EventStore eventStore;

    @Test
    void fromRegistrationToAPaidDisbursementThroughAxonServer() {
        assertThat(eventStore.getClass().getSimpleName()).isEqualTo("AxonServerEventStore");
        new CutFlow(new HttpClient(rest), "SC20-SFQRL").fromRegistrationToAPaidDisbursement();
    }
}
