package de.consortium.api.notifications;

import de.consortium.api.OwnDataDirectory;
import com.jayway.jsonpath.DocumentContext;
import com.jayway.jsonpath.JsonPath;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import com.sun.net.httpserver.HttpServer;
import de.consortium.api.CutRequests;
import de.consortium.api.HttpClient;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Webhooks hear of the events they chose: signed, tried again after failures until the receiver takes them, given
 * up after the last attempt, logged, and sent again when an operator asks.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WebhooksTest {

    private static final String SECRET = "a-secret-of-sufficient-length";
    private static final String PROJECT = "SC20-HOOKS";
    private static final List<Map<String, String>> RECEIVED = new CopyOnWriteArrayList<>();
    private static final AtomicInteger CALLS = new AtomicInteger();
    private static final List<String> NOTICES = new CopyOnWriteArrayList<>();
    private static HttpServer receiver;
    private static GreenMail mailServer;

    @Autowired
    private TestRestTemplate rest;
    @Autowired
    private JdbcTemplate jdbc;
    @Autowired
    private EventProcessingConfiguration processing;
    @Autowired
    private EventStore eventStore;

    @DynamicPropertySource
    static void hooks(DynamicPropertyRegistry registry) throws IOException {
        receiver = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
        receiver.createContext("/hook", exchange -> {
            // the first two calls fail: the sender must try again
            boolean fail = CALLS.incrementAndGet() <= 2;
            if (!fail) {
                RECEIVED.add(Map.of("body", new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8),
                        "signature", exchange.getRequestHeaders().getFirst(WebhookSender.SIGNATURE),
                        "delivery", exchange.getRequestHeaders().getFirst(WebhookSender.DELIVERY)));
            }
            exchange.sendResponseHeaders(fail ? 500 : 204, -1);
            exchange.close();
        });
        receiver.createContext("/deadlines", exchange -> {
            NOTICES.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        receiver.start();
        OwnDataDirectory.register(registry, "hooks");
        registry.add("consortium.webhooks.hooks[0].name", () -> "finance");
        registry.add("consortium.webhooks.hooks[0].url",
                () -> "http://localhost:" + receiver.getAddress().getPort() + "/hook");
        registry.add("consortium.webhooks.hooks[0].secret", () -> SECRET);
        registry.add("consortium.webhooks.hooks[0].events", () -> "GrantAwarded,DisbursementPaid");
        registry.add("consortium.webhooks.hooks[1].name", () -> "gone");
        registry.add("consortium.webhooks.hooks[1].url", () -> "http://localhost:1/nothing");
        registry.add("consortium.webhooks.hooks[1].secret", () -> SECRET);
        registry.add("consortium.webhooks.hooks[1].events", () -> "GrantAwarded");
        registry.add("consortium.webhooks.hooks[2].name", () -> "calendar");
        registry.add("consortium.webhooks.hooks[2].url",
                () -> "http://localhost:" + receiver.getAddress().getPort() + "/deadlines");
        registry.add("consortium.webhooks.hooks[2].secret", () -> SECRET);
        registry.add("consortium.webhooks.hooks[2].deadlines", () -> "true");
        registry.add("consortium.webhooks.hooks[2].projects", () -> PROJECT);
        registry.add("consortium.webhooks.deadline-check", () -> "200ms");
        mailServer = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
        mailServer.start();
        registry.add("spring.mail.host", () -> "localhost");
        registry.add("spring.mail.port", () -> mailServer.getSmtp().getPort());
        registry.add("consortium.webhooks.hooks[3].name", () -> "town-hall");
        registry.add("consortium.webhooks.hooks[3].mail-to", () -> "kaemmerei@muenchen.example");
        registry.add("consortium.webhooks.hooks[3].events", () -> "GrantAwarded");
        registry.add("consortium.webhooks.max-attempts", () -> "3");
        registry.add("consortium.webhooks.first-retry", () -> "200ms");
        registry.add("consortium.webhooks.send-interval", () -> "100ms");
    }

    @BeforeAll
    void munichFunded() {
        CutRequests.munichFunded(new HttpClient(rest), PROJECT);
    }

    @AfterAll
    static void stopReceivers() {
        receiver.stop(0);
        mailServer.stop();
    }

    @Test
    void aChosenEventIsDeliveredSignedAfterFailuresLoggedAndSentAgainOnRequest() throws Exception {
        HttpClient http = new HttpClient(rest);
        await().atMost(Duration.ofSeconds(20)).until(() -> RECEIVED.size() == 1);
        Map<String, String> delivery = RECEIVED.get(0);
        DocumentContext body = JsonPath.parse(delivery.get("body"));
        assertThat(body.read("$.event.type", String.class)).isEqualTo("GrantAwarded");
        assertThat(body.read("$.event.projectId", String.class)).isEqualTo(PROJECT);
        assertThat(body.read("$.event.partnerCode", String.class)).isEqualTo("LHM");
        String[] signature = delivery.get("signature").split(",");
        String timestamp = signature[0].substring("t=".length());
        assertThat(signature[1]).isEqualTo("v1=" + WebhookSender.signature(SECRET, timestamp + "." + delivery.get("body")));
        assertThat(delivery.get("delivery")).startsWith("finance-").isEqualTo(body.read("$.delivery", String.class));

        DocumentContext log = await().atMost(Duration.ofSeconds(20)).until(() -> http.as("operator")
                .read("/api/operations/webhooks/deliveries"), read -> read.read("$.deliveries[?(@.hook == 'gone'"
                + " && @.status == 'FAILED')]", List.class).size() == 1);
        assertThat(log.read("$.deliveries[?(@.hook == 'finance')].status", List.class)).containsExactly("DELIVERED");
        assertThat(log.read("$.deliveries[?(@.hook == 'finance')].attempts", List.class)).containsExactly(3);
        assertThat(log.read("$.deliveries[?(@.hook == 'gone')].attempts", List.class)).containsExactly(3);
        assertThat(log.read("$.deliveries[?(@.hook == 'gone')].lastAnswer", List.class).get(0).toString())
                .startsWith("not reached");
        assertThat(log.read("$.deliveries[?(@.hook != 'calendar')].eventType", List.class))
                .as("only the events the hooks chose").containsOnly("GrantAwarded");

        assertThat(http.as("operator").post("/api/operations/webhooks/deliveries/" + delivery.get("delivery")
                + "/replay", "").getStatusCode().value()).isEqualTo(202);
        await().atMost(Duration.ofSeconds(10)).until(() -> RECEIVED.size() == 2);
        assertThat(RECEIVED.get(1).get("delivery")).isEqualTo(delivery.get("delivery"));
        assertThat(http.as("operator").post("/api/operations/webhooks/deliveries/nothing-here/replay", "")
                .getStatusCode().value()).isEqualTo(404);
        assertThat(http.as("lhm").get("/api/operations/webhooks/deliveries").getStatusCode().value()).isEqualTo(403);
    }

    @Test
    void theWholeHistoryProcessedAgainRecordsNoDeliveryTwice() {
        String eventDeliveries = "SELECT COUNT(*) FROM webhook_delivery WHERE event_type NOT LIKE 'Deadline%'";
        await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.queryForObject(eventDeliveries, Long.class) >= 2);
        long recorded = jdbc.queryForObject(eventDeliveries, Long.class);
        StreamingEventProcessor recorder = processing.eventProcessor(WebhookRecorder.GROUP,
                StreamingEventProcessor.class).orElseThrow();
        recorder.shutDown();
        // from the first event (the processor's own start is the head: it hears of what happens from then on)
        recorder.resetTokens(eventStore.createTailToken());
        recorder.start();
        long head = eventStore.createHeadToken().position().orElseThrow();
        await().atMost(Duration.ofSeconds(20)).until(() -> !recorder.processingStatus().isEmpty()
                && recorder.processingStatus().values().stream()
                .allMatch(status -> status.getCurrentPosition().orElse(-1) >= head));
        assertThat(jdbc.queryForObject(eventDeliveries, Long.class)).isEqualTo(recorded);
    }

    @Test
    void deadlinesThatArePastAreNoticedOnceEach() {
        // Hamburg and Leipzig have not applied by the deadline, Munich's proof of use is due, the running time over
        // (a deadline seen overdue while the history was being entered, such as Munich's application, is told too)
        await().atMost(Duration.ofSeconds(20)).until(() -> noticed().containsAll(List.of("FHH APPLICATION",
                "LE APPLICATION", "LHM PROOF_OF_USE", "null RUNNING_TIME_END")));
        int told = NOTICES.size();
        await().pollDelay(Duration.ofSeconds(1)).until(() -> true);
        assertThat(NOTICES).as("each deadline once, however often they are looked at").hasSize(told)
                .extracting(notice -> JsonPath.parse(notice).read("$.delivery", String.class)).doesNotHaveDuplicates();
        assertThat(NOTICES.stream().map(notice -> JsonPath.parse(notice).read("$.deadline.state", String.class)))
                .containsOnly("DeadlineOverdue");
    }

    private static List<String> noticed() {
        return NOTICES.stream().map(JsonPath::parse).map(notice -> notice.read("$.deadline.partnerCode", String.class)
                + " " + notice.read("$.deadline.kind", String.class)).toList();
    }

    @Test
    void aChosenEventReachesAnAddressByEMail() throws Exception {
        await().atMost(Duration.ofSeconds(20)).until(() -> mailServer.getReceivedMessages().length == 1);
        MimeMessage message = mailServer.getReceivedMessages()[0];
        assertThat(message.getAllRecipients()).extracting(Object::toString)
                .containsExactly("kaemmerei@muenchen.example");
        assertThat(message.getSubject()).isEqualTo("Consortium " + PROJECT + "/LHM: GrantAwarded");
        assertThat(GreenMailUtil.getBody(message)).contains("\"type\":\"GrantAwarded\"", "town-hall-");
        assertThat(new HttpClient(rest).as("operator").read("/api/operations/webhooks/deliveries")
                .read("$.deliveries[?(@.hook == 'town-hall')].lastAnswer", List.class))
                .containsExactly("sent to kaemmerei@muenchen.example");
    }
}
