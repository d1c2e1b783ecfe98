package de.consortium.projections.resolution;

import de.consortium.domain.resolution.CouncilRecord;
import de.consortium.domain.resolution.CouncilResolutionPassed;
import de.consortium.domain.resolution.ResolutionOutcome;
import de.consortium.domain.resolution.ResolutionSubject;
import de.consortium.domain.CutCase;
import de.consortium.projections.support.ReadModelDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static de.consortium.domain.CutCase.MUNICH;
import static org.assertj.core.api.Assertions.assertThat;

class ResolutionProjectionTest {

    private static final Instant RECORDED = Instant.parse("2026-11-21T10:00:00Z");

    private ResolutionProjection projection;

    @BeforeEach
    void setUp() {
        projection = new ResolutionProjection(ReadModelDatabase.create());
        projection.on(CutCase.joined(MUNICH, "Landeshauptstadt München", false));
    }

    private PartnerResolutions munich() {
        return projection.handle(new FindResolutions(CutCase.PROJECT)).partners().get(0);
    }

    @Test
    void withoutResolutionsBothRequirementsAreMissing() {
        assertThat(munich().required()).extracting(RequiredResolution::state)
                .containsExactly(RequirementState.MISSING, RequirementState.MISSING);
    }

    @Test
    void aDeferredPaperShowsWhyTheRequirementIsOpenUntilALaterSessionAdoptsIt() {
        projection.on(CutCase.resolution(MUNICH, "14-20 / V 18416", LocalDate.of(2020, 4, 29),
                ResolutionOutcome.DEFERRED, ResolutionSubject.APPLICATION_APPROVAL), RECORDED);
        assertThat(munich().required().get(0)).isEqualTo(new RequiredResolution(
                ResolutionSubject.APPLICATION_APPROVAL, RequirementState.NOT_ADOPTED, "14-20 / V 18416",
                LocalDate.of(2020, 4, 29), ResolutionOutcome.DEFERRED));

        projection.on(CutCase.munichMandate(), RECORDED);
        assertThat(munich().required()).containsExactly(
                new RequiredResolution(ResolutionSubject.APPLICATION_APPROVAL, RequirementState.SATISFIED,
                        "14-20 / V 18416", LocalDate.of(2020, 5, 13), ResolutionOutcome.ADOPTED),
                new RequiredResolution(ResolutionSubject.OWN_SHARE_FINANCING, RequirementState.SATISFIED,
                        "14-20 / V 18416", LocalDate.of(2020, 5, 13), ResolutionOutcome.ADOPTED));
        ResolutionView adopted = munich().resolutions().get(1);
        assertThat(adopted.votesAgainst()).isZero();
        assertThat(adopted.abstentions()).isEqualTo(10);
        assertThat(adopted.votesInFavour()).isNull();
        assertThat(adopted.motionsAnswered()).containsExactly("14-20 / A 06936");
        assertThat(adopted.recordedAt()).isEqualTo(RECORDED);
    }

    @Test
    void aResolutionKeepsItsPaperDocumentAndItsCouncilRecord() {
        CouncilRecord record = new CouncilRecord("https://ris.example.org/oparl/paper/18416",
                "https://ris.example.org/oparl/agendaitem/7", List.of("https://ris.example.org/files/1.pdf",
                "https://ris.example.org/files/2.pdf"), "Der Stadtrat stimmt der Bewerbung zu.");
        projection.on(new CouncilResolutionPassed(MUNICH, "14-20 / V 18416", "Bewerbung", "Stadtrat",
                LocalDate.of(2020, 5, 13), true, Set.of(ResolutionSubject.APPLICATION_APPROVAL),
                ResolutionOutcome.ADOPTED, null, List.of(), "c".repeat(64), record), RECORDED);
        projection.on(CutCase.munichMandate(), RECORDED);
        List<ResolutionView> resolutions = munich().resolutions();
        assertThat(resolutions.get(0).councilRecord()).isEqualTo(record);
        assertThat(resolutions.get(0).paperDocument()).isEqualTo("c".repeat(64));
        assertThat(resolutions.get(1).councilRecord()).isNull();
    }

    @Test
    void aPlanWithPhaseBRequiresTheStrategyAdoption() {
        projection.on(CutCase.munichTwoYearPlan());
        assertThat(munich().required()).extracting(RequiredResolution::subject).containsExactly(
                ResolutionSubject.APPLICATION_APPROVAL, ResolutionSubject.OWN_SHARE_FINANCING,
                ResolutionSubject.STRATEGY_ADOPTION);
        projection.on(CutCase.munichStrategy(), RECORDED);
        assertThat(munich().required().get(2).state()).isEqualTo(RequirementState.SATISFIED);
    }

    @Test
    void aRedeliveredResolutionIsListedOnce() {
        projection.on(CutCase.munichMandate(), RECORDED);
        projection.on(CutCase.munichMandate(), RECORDED);
        assertThat(munich().resolutions()).hasSize(1);
    }

    @Test
    void theSamePaperOfTheSameCouncilAndSessionRecordedAgainReplacesWhatWasRecorded() {
        projection.on(CutCase.resolution(MUNICH, "14-20 / V 18416", LocalDate.of(2020, 5, 13),
                ResolutionOutcome.DEFERRED, ResolutionSubject.APPLICATION_APPROVAL), RECORDED);
        projection.on(CutCase.munichMandate(), RECORDED.plusSeconds(60));
        assertThat(munich().resolutions()).singleElement().satisfies(resolution -> {
            assertThat(resolution.outcome()).isEqualTo(ResolutionOutcome.ADOPTED);
            assertThat(resolution.subjects()).containsExactlyInAnyOrder(ResolutionSubject.APPLICATION_APPROVAL,
                    ResolutionSubject.OWN_SHARE_FINANCING);
            assertThat(resolution.abstentions()).isEqualTo(10);
            assertThat(resolution.recordedAt()).isEqualTo(RECORDED.plusSeconds(60));
        });
    }

    @Test
    void resetEmptiesTheModel() {
        projection.on(CutCase.munichMandate(), RECORDED);
        projection.reset();
        assertThat(projection.handle(new FindResolutions(CutCase.PROJECT)).partners()).isEmpty();
    }
}
