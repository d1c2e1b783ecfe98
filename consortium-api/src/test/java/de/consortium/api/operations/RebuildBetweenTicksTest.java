package de.consortium.api.operations;

import de.consortium.api.OwnDataDirectory;
import de.consortium.projections.budget.BudgetProjection;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.IOException;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A rebuild does not wait for the nodes' ticks where it need not: on this node it resets the read model once the
 * processor has stopped, and is done once the replay has ended. With a tick once an hour (the first at the start),
 * only that can carry it through.
 */
@SpringBootTest(properties = {"consortium.demo.scenarios=cut", "consortium.cluster.balance-interval=1h",
        "axon.eventhandling.tokenstore.claim-timeout=4h"})
class RebuildBetweenTicksTest {

    @Autowired
    private ReplayCoordinator coordinator;
    @Autowired
    private EventProcessingConfiguration processing;
    @Autowired
    private JdbcTemplate jdbc;

    @DynamicPropertySource
    static void dataDirectory(DynamicPropertyRegistry registry) throws IOException {
        OwnDataDirectory.register(registry, "between-ticks");
    }

    @Test
    void aRebuildGoesOnOnceItsProcessorStoppedAndEndsOnceItsReplayHas() {
        await().atMost(Duration.ofSeconds(30)).until(() -> budgetLines() > 0);
        long linesBefore = budgetLines();

        coordinator.request(BudgetProjection.GROUP, "operator");

        await().atMost(Duration.ofSeconds(30)).until(() -> coordinator.progress(BudgetProjection.GROUP).status()
                == ReplayStatus.DONE);
        assertThat(budgetLines()).isEqualTo(linesBefore);
        assertThat(processing.eventProcessor(BudgetProjection.GROUP, StreamingEventProcessor.class).orElseThrow()
                .isRunning()).as("started again").isTrue();
    }

    private long budgetLines() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM budget_line", Long.class);
    }
}
