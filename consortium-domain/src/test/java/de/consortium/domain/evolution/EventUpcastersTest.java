package de.consortium.domain.evolution;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import de.consortium.domain.proofofuse.ProofDocument;
import de.consortium.domain.proofofuse.ProofOfUseSubmitted;
import de.consortium.domain.resolution.CouncilResolutionPassed;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.serialization.json.JacksonSerializer;
import org.axonframework.serialization.upcasting.event.EventUpcasterChain;
import org.axonframework.serialization.upcasting.event.InitialEventRepresentation;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Events stored in an earlier layout are read in today's, with the values that held before the change. */
class EventUpcastersTest {

    private final JacksonSerializer serializer = JacksonSerializer.builder()
            .objectMapper(new ObjectMapper().registerModule(new JavaTimeModule())).build();
    private final EventUpcasterChain chain = new EventUpcasterChain(EventUpcasters.all());

    private Object read(Class<?> type, String revision, String json, String currentRevision) {
        GenericDomainEventEntry<byte[]> stored = new GenericDomainEventEntry<>("Partner", "SC20-SFQRL/LHM", 0,
                "e-1", Instant.parse("2026-01-01T00:00:00Z"), type.getName(), revision, json.getBytes(),
                "{}".getBytes());
        IntermediateEventRepresentation upcast = chain.upcast(Stream.of(
                new InitialEventRepresentation(stored, serializer))).findFirst().orElseThrow();
        assertThat(upcast.getType().getRevision()).isEqualTo(currentRevision);
        return serializer.deserialize(upcast.getData());
    }

    @Test
    void aProofOfUseOfRevisionOneHadNoFiles() {
        ProofOfUseSubmitted event = (ProofOfUseSubmitted) read(ProofOfUseSubmitted.class, "1", """
                {"partnerId":{"projectId":"SC20-SFQRL","partnerCode":"LHM"},"proofId":"P1","phase":"B",
                 "submittedOn":"2026-06-01","documents":["RESULTS_REPORT"]}""", "2");
        assertThat(event.documents()).containsExactly(ProofDocument.RESULTS_REPORT);
        assertThat(event.files()).isEmpty();
    }

    @Test
    void aResolutionOfRevisionOneHadNoPaperDocument() {
        CouncilResolutionPassed event = (CouncilResolutionPassed) read(CouncilResolutionPassed.class, "1", """
                {"partnerId":{"projectId":"SC20-SFQRL","partnerCode":"LHM"},"paperReference":"V 1","title":"t",
                 "body":"Stadtrat","sessionDate":"2020-05-13","publicSession":true,"subjects":["STRATEGY_ADOPTION"],
                 "outcome":"ADOPTED","votes":null,"motionsAnswered":[]}""", "3");
        assertThat(event.paperReference()).isEqualTo("V 1");
        assertThat(event.paperDocument()).isNull();
        assertThat(event.councilRecord()).isNull();
    }

    @Test
    void aResolutionOfRevisionTwoHadNoCouncilRecord() {
        CouncilResolutionPassed event = (CouncilResolutionPassed) read(CouncilResolutionPassed.class, "2", """
                {"partnerId":{"projectId":"SC20-SFQRL","partnerCode":"LHM"},"paperReference":"V 1","title":"t",
                 "body":"Stadtrat","sessionDate":"2020-05-13","publicSession":true,"subjects":["STRATEGY_ADOPTION"],
                 "outcome":"ADOPTED","votes":null,"motionsAnswered":[],"paperDocument":"%s"}""".formatted(
                "b".repeat(64)), "3");
        assertThat(event.paperDocument()).isEqualTo("b".repeat(64));
        assertThat(event.councilRecord()).isNull();
    }
}
