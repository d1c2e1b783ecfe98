package de.consortium.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Writers for different partners at once, each passing council resolutions of its own project's Munich, taking
 * turns over the instances given. Their appends commit out of the order in which they took their positions, so the
 * processors read past positions not yet committed and must come back for them.
 */
public final class ConcurrentWriters {

    private static final int WRITERS = 6;
    private static final int RESOLUTIONS_EACH = 20;

    private final Map<String, List<String>> acknowledged = new ConcurrentHashMap<>();

    private ConcurrentWriters() {
    }

    /** Registers a funded project per writer ({@code projectPrefix} and a number) and lets the writers go at once. */
    public static ConcurrentWriters passResolutions(String projectPrefix, List<HttpClient> instances) {
        ConcurrentWriters writers = new ConcurrentWriters();
        for (int writer = 0; writer < WRITERS; writer++) {
            CutRequests.munichFunded(instances.get(0), projectPrefix + writer);
        }
        ExecutorService clients = Executors.newFixedThreadPool(WRITERS);
        try {
            List<CompletableFuture<Void>> running = new ArrayList<>();
            for (int writer = 0; writer < WRITERS; writer++) {
                String project = projectPrefix + writer;
                running.add(CompletableFuture.runAsync(() -> writers.write(project, instances), clients));
            }
            running.forEach(CompletableFuture::join);
        } finally {
            clients.shutdown();
        }
        return writers;
    }

    private void write(String project, List<HttpClient> instances) {
        for (int i = 0; i < RESOLUTIONS_EACH; i++) {
            String paper = project + "-" + i;
            ResponseEntity<String> answer = instances.get(i % instances.size()).as("lhm").post("/api/projects/"
                            + project + "/partners/LHM/pass-council-resolution",
                    CutRequests.MUNICH_RESOLUTION.replace("14-20 / V 18416", paper));
            assertThat(answer.getStatusCode().value()).as(answer.getBody()).isEqualTo(202);
            acknowledged.computeIfAbsent(project, key -> new CopyOnWriteArrayList<>()).add(paper);
        }
    }

    /**
     * Without a restart, the resolutions read model shows every acknowledged resolution, and once it does no
     * processor's token still counts a stored event as a gap.
     */
    public void assertEveryOneReachesTheReadModels(HttpClient reader, JdbcTemplate jdbc) {
        assertThat(acknowledged.values().stream().mapToInt(List::size).sum()).isEqualTo(WRITERS * RESOLUTIONS_EACH);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            for (Map.Entry<String, List<String>> project : acknowledged.entrySet()) {
                List<String> shown = reader.read("/api/projects/" + project.getKey() + "/resolutions")
                        .read("$.partners[?(@.partnerCode == 'LHM')].resolutions[*].paperReference", List.class);
                assertThat(shown).as(project.getKey()).containsAll(project.getValue());
            }
            assertThat(storedEventsCountedAsGaps(jdbc)).isEmpty();
        });
    }

    /** Positions of stored events that some processor's token still counts as not read. */
    private static List<Long> storedEventsCountedAsGaps(JdbcTemplate jdbc) throws Exception {
        ObjectMapper json = new ObjectMapper();
        List<Long> gaps = new ArrayList<>();
        for (byte[] token : jdbc.queryForList("SELECT token FROM tokenentry WHERE token IS NOT NULL", byte[].class)) {
            for (JsonNode gapsOfToken : json.readTree(new String(token, StandardCharsets.UTF_8)).findValues("gaps")) {
                gapsOfToken.forEach(gap -> gaps.add(gap.asLong()));
            }
        }
        if (gaps.isEmpty()) {
            return gaps;
        }
        return jdbc.queryForList("SELECT globalindex FROM domainevententry WHERE globalindex IN ("
                + String.join(",", Collections.nCopies(gaps.size(), "?")) + ")", Long.class, gaps.toArray());
    }
}
