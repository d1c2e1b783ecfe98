package de.consortium.api.messaging;

import de.consortium.api.OwnDataDirectory;
import de.consortium.domain.costplan.Phase;
import de.consortium.domain.grant.GrantRefused;
import de.consortium.domain.project.PartnerId;
import de.consortium.domain.proofofuse.ProofOfUseObjected;
import de.consortium.projections.budget.FindBudget;
import de.consortium.projections.budget.ProjectBudget;
import de.consortium.projections.disbursement.FindDisbursements;
import de.consortium.projections.disbursement.ProjectDisbursements;
import de.consortium.projections.resolution.FindResolutions;
import de.consortium.projections.resolution.ProjectResolutions;
import de.consortium.projections.status.FindProjectStatus;
import de.consortium.projections.status.FindProjects;
import de.consortium.projections.status.ProjectStatus;
import de.consortium.projections.status.ProjectSummaries;
import org.axonframework.axonserver.connector.AxonServerConfiguration;
import org.axonframework.axonserver.connector.query.QuerySerializer;
import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.GenericQueryMessage;
import org.axonframework.queryhandling.QueryBus;
import org.axonframework.queryhandling.QueryResponseMessage;
import org.axonframework.serialization.Revision;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import de.consortium.domain.document.DocumentDeleted;
import de.consortium.domain.resolution.CouncilRecord;
import de.consortium.domain.resolution.CouncilResolutionPassed;
import de.consortium.domain.resolution.ResolutionOutcome;
import de.consortium.domain.resolution.ResolutionSubject;
import de.consortium.domain.resolution.Votes;
import de.consortium.domain.document.DocumentKind;
import de.consortium.domain.document.DocumentRecorded;
import de.consortium.domain.proofofuse.ProofDocument;
import de.consortium.domain.proofofuse.ProofFile;
import de.consortium.domain.proofofuse.ProofOfUseSubmitted;
import de.consortium.projections.document.FindDocuments;
import de.consortium.projections.document.ProjectDocuments;
import java.io.IOException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Through Axon Server every query answer and every event is serialized on one node and read on another. Here each
 * query the API asks, and every kind of event the domain has, goes through that serialization as Axon Server's
 * connector does it and must come back equal (a bare list or an optional would not: AxonFramework issue 1418).
 */
@SpringBootTest(properties = "consortium.demo.scenarios=cut,ostwuerttemberg")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SerializedMessagesTest {

    private static final String CUT = "SC20-SFQRL";
    private static final String OSTWUE = "SC21-OSTWUE";

    @Autowired
    private QueryBus queryBus;
    @Autowired
    private EventStore eventStore;
    @Autowired
    @Qualifier("eventSerializer")
    private Serializer eventSerializer;
    @Autowired
    @Qualifier("messageSerializer")
    private Serializer messageSerializer;
    @Autowired
    private Serializer serializer;

    @DynamicPropertySource
    static void dataDirectory(DynamicPropertyRegistry registry) throws IOException {
        OwnDataDirectory.register(registry, "serialized");
    }

    @BeforeAll
    void demoDataInEveryReadModel() {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            assertThat(answer(new FindDisbursements(OSTWUE), ProjectDisbursements.class).repaymentClaims())
                    .hasSize(1);
            assertThat(answer(new FindDisbursements(CUT), ProjectDisbursements.class).disbursements()).hasSize(9);
        });
    }

    @Test
    void eventsSnapshotsAndMessagesShareTheSerializerThatRemembersClasses() {
        assertThat(serializer).isInstanceOf(ClassCachingJacksonSerializer.class);
        assertThat(eventSerializer).isSameAs(serializer);
        assertThat(messageSerializer).isSameAs(serializer);
    }

    @Test
    void everyQueryAnswerComesBackEqualThroughAxonServersSerialization() {
        assertRoundTrip(FindProjects.all(LocalDate.of(2026, 11, 29)), ProjectSummaries.class);
        for (String project : List.of(CUT, OSTWUE)) {
            assertRoundTrip(new FindProjectStatus(project, LocalDate.of(2026, 11, 29)), ProjectStatus.class);
            assertRoundTrip(new FindBudget(project), ProjectBudget.class);
            assertRoundTrip(new FindResolutions(project), ProjectResolutions.class);
            assertRoundTrip(new FindDisbursements(project), ProjectDisbursements.class);
            assertRoundTrip(new FindDocuments(project, null), ProjectDocuments.class);
        }
        assertThat(assertRoundTrip(new FindProjectStatus("SC99-NONE", LocalDate.of(2026, 11, 29)), ProjectStatus.class)).isNull();
        assertThat(answer(FindProjects.all(LocalDate.of(2026, 11, 29)), ProjectSummaries.class).projects()).hasSize(2);
    }

    @Test
    void everyKindOfEventComesBackEqualAndSerializesToTheSameBytesAgain() throws InterruptedException {
        List<Object> events = new ArrayList<>(List.of(
                new GrantRefused(new PartnerId(CUT, "LE"), LocalDate.of(2020, 12, 15), "KfW 436"),
                new ProofOfUseObjected(new PartnerId(OSTWUE, "AA"), "VN-A", Phase.A, LocalDate.of(2023, 6, 1),
                        "Rechnungsbelege fehlen"),
                new DocumentRecorded(new PartnerId(CUT, "LHM"), "a".repeat(64), DocumentKind.PROOF_OF_USE_DOCUMENT,
                        "Ergebnisbericht.pdf", "application/pdf", 4711, LocalDate.of(2026, 6, 20)),
                new ProofOfUseSubmitted(new PartnerId(CUT, "LHM"), "LHM-VN-B", Phase.B, LocalDate.of(2026, 6, 30),
                        ProofDocument.requiredFor(Phase.B), Set.of(new ProofFile(ProofDocument.RESULTS_REPORT,
                        "a".repeat(64)))),
                new DocumentDeleted(new PartnerId(CUT, "LHM"), "a".repeat(64), LocalDate.of(2031, 7, 1),
                        "Aufbewahrungsfrist abgelaufen"),
                new CouncilResolutionPassed(new PartnerId(CUT, "LHM"), "14-20 / V 18416", "Bewerbung",
                        "Vollversammlung des Stadtrates", LocalDate.of(2020, 5, 13), true,
                        Set.of(ResolutionSubject.APPLICATION_APPROVAL), ResolutionOutcome.ADOPTED,
                        new Votes(70, 0, 10), List.of(), "a".repeat(64), new CouncilRecord(
                        "https://risi.muenchen.de/oparl/v1/paper/1", "https://risi.muenchen.de/oparl/v1/item/2",
                        List.of("https://risi.muenchen.de/files/1.pdf"), "Der Stadtrat stimmt zu."))));
        try (BlockingStream<TrackedEventMessage<?>> stored = eventStore.openStream(null)) {
            while (stored.hasNextAvailable(500, TimeUnit.MILLISECONDS)) {
                events.add(stored.nextAvailable().getPayload());
            }
        }
        Set<Class<?>> kinds = new HashSet<>();
        for (Object event : events) {
            SerializedObject<byte[]> once = eventSerializer.serialize(event, byte[].class);
            Object back = eventSerializer.deserialize(once);
            assertThat(back).isEqualTo(event);
            assertThat(eventSerializer.serialize(back, byte[].class).getData()).isEqualTo(once.getData());
            kinds.add(event.getClass());
        }
        assertThat(kinds).containsExactlyInAnyOrderElementsOf(eventKinds());
    }

    private <R> R assertRoundTrip(Object query, Class<R> answerType) {
        QueryResponseMessage<R> local = queryBus.query(new GenericQueryMessage<>(query,
                ResponseTypes.instanceOf(answerType))).join();
        QuerySerializer wire = new QuerySerializer(messageSerializer, serializer, new AxonServerConfiguration());
        QueryResponseMessage<R> remote = wire.deserializeResponse(wire.serializeResponse(local, "request"),
                ResponseTypes.instanceOf(answerType));
        assertThat(remote.getPayload()).as(query.toString()).isEqualTo(local.getPayload());
        return remote.getPayload();
    }

    private <R> R answer(Object query, Class<R> answerType) {
        return queryBus.query(new GenericQueryMessage<>(query, ResponseTypes.instanceOf(answerType))).join()
                .getPayload();
    }

    /** The domain's events: its records with a revision (the aggregates, snapshotted, are classes). */
    private static Set<Class<?>> eventKinds() {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Revision.class));
        Set<Class<?>> kinds = new HashSet<>();
        scanner.findCandidateComponents("de.consortium.domain").forEach(candidate -> {
            try {
                Class<?> type = Class.forName(candidate.getBeanClassName());
                if (type.isRecord()) {
                    kinds.add(type);
                }
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException(e);
            }
        });
        return kinds;
    }
}
