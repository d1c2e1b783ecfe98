package de.consortium.projections.status;

import de.consortium.domain.application.ApplicationSubmitted;
import de.consortium.domain.disbursement.DisbursementPaid;
import de.consortium.domain.proofofuse.ProofOfUseAccepted;
import de.consortium.domain.costplan.Phase;
import de.consortium.domain.resolution.CouncilResolutionPassed;
import de.consortium.domain.resolution.ResolutionOutcome;
import de.consortium.domain.resolution.ResolutionSubject;
import de.consortium.domain.CutCase;
import de.consortium.domain.project.Measure;
import de.consortium.domain.project.PartnerId;
import de.consortium.domain.project.ProjectRegistered;
import de.consortium.projections.support.FullHistory;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.DomainEventMessage;
import de.consortium.projections.support.ReadModelDatabase;
import de.consortium.projections.support.ReplayedBatch;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;

import static de.consortium.domain.CutCase.HAMBURG;
import static de.consortium.domain.CutCase.MUNICH;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class ProjectStatusProjectionTest {

    private ProjectStatusProjection projection;

    @BeforeEach
    void setUp() {
        projection = new ProjectStatusProjection(ReadModelDatabase.create());
        projection.on(CutCase.registered());
        projection.on(CutCase.joined(MUNICH, "Landeshauptstadt München", false), 0);
    }

    /** The CUT case's "today" of the domain's tests: 21.11.2026. */
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 21);

    private ProjectStatus status() {
        return status(TODAY);
    }

    private ProjectStatus status(LocalDate today) {
        return projection.handle(new FindProjectStatus(CutCase.PROJECT, today));
    }

    private PartnerStatus munich() {
        return status().partners().stream().filter(p -> p.partnerCode().equals("LHM")).findFirst().orElseThrow();
    }

    @Test
    void aNewPartnerLacksPlanAndResolutionsAndFacesTheApplicationDeadline() {
        assertThat(munich().stage()).isEqualTo(PartnerStage.JOINED);
        assertThat(munich().missingPrerequisites()).containsExactly(
                new Prerequisite(Prerequisite.Kind.COST_PLAN, null, "cost and financing plan missing"),
                new Prerequisite(Prerequisite.Kind.COUNCIL_RESOLUTION, ResolutionSubject.APPLICATION_APPROVAL,
                        "council resolution approving the application missing"),
                new Prerequisite(Prerequisite.Kind.COUNCIL_RESOLUTION, ResolutionSubject.OWN_SHARE_FINANCING,
                        "council resolution financing the own share missing"));
        assertThat(munich().deadlines()).containsExactly(new Deadline(DeadlineKind.APPLICATION,
                "application to be submitted", LocalDate.of(2020, 5, 20), true, "LHM", null, null));
        assertThat(status(LocalDate.of(2020, 5, 20)).partners().get(0).deadlines()).singleElement()
                .satisfies(onTheDay -> assertThat(onTheDay.overdue()).as("due today is not overdue").isFalse());
        assertThat(status().missingPrerequisites()).containsExactly(new Prerequisite(Prerequisite.Kind.LEAD_PARTNER,
                null, "lead partner FHH has not joined the consortium"));
        assertThat(status().stage()).isEqualTo(ProjectStage.CONSORTIUM_FORMING);
    }

    @Test
    void aReplayedBatchComesToTheStatusOfTheEventsOneByOne() {
        ProjectStatusProjection rebuilt = new ProjectStatusProjection(ReadModelDatabase.create());
        CouncilResolutionPassed laterMandate = CutCase.resolution(MUNICH, "14-20 / V 20000",
                LocalDate.of(2020, 6, 1), ResolutionOutcome.ADOPTED, ResolutionSubject.APPLICATION_APPROVAL);
        List<BiConsumer<ProjectStatusProjection, Long>> history = List.of(
                (model, version) -> model.on(CutCase.munichDraftPlan(), version),
                (model, version) -> model.on(CutCase.munichMandate(), version),
                (model, version) -> model.on(laterMandate, version),
                (model, version) -> model.on(CutCase.munichTwoYearPlan(), version));

        List<Runnable> replayed = new ArrayList<>(List.of(() -> rebuilt.on(CutCase.registered()),
                () -> rebuilt.on(CutCase.joined(MUNICH, "Landeshauptstadt München", false), 0)));
        for (int i = 0; i < history.size(); i++) {
            BiConsumer<ProjectStatusProjection, Long> event = history.get(i);
            long version = i + 1;
            event.accept(projection, version);
            replayed.add(() -> event.accept(rebuilt, version));
        }
        ReplayedBatch.of(replayed.toArray(Runnable[]::new));

        assertThat(rebuilt.handle(new FindProjectStatus(CutCase.PROJECT, TODAY))).isEqualTo(status());
        assertThat(munich().missingPrerequisites()).extracting(Prerequisite::description)
                .containsExactly("council resolution adopting the smart-city strategy missing");
        assertThat(munich().version()).isEqualTo(4);
    }

    @Test
    void resolutionsReplayedInOneBatchSatisfyEachSubjectByTheFirstThatAdoptsIt() {
        JdbcTemplate database = ReadModelDatabase.create();
        ProjectStatusProjection rebuilt = new ProjectStatusProjection(database);
        List<CouncilResolutionPassed> resolutions = List.of(
                CutCase.resolution(MUNICH, "V 1", LocalDate.of(2020, 5, 1), ResolutionOutcome.ADOPTED,
                        ResolutionSubject.APPLICATION_APPROVAL),
                CutCase.resolution(MUNICH, "V 2", LocalDate.of(2020, 5, 2), ResolutionOutcome.ADOPTED,
                        ResolutionSubject.OWN_SHARE_FINANCING),
                CutCase.resolution(MUNICH, "V 3", LocalDate.of(2020, 5, 3), ResolutionOutcome.ADOPTED,
                        ResolutionSubject.APPLICATION_APPROVAL, ResolutionSubject.STRATEGY_ADOPTION));
        List<Runnable> replayed = new ArrayList<>(List.of(() -> rebuilt.on(CutCase.registered()),
                () -> rebuilt.on(CutCase.joined(MUNICH, "Landeshauptstadt München", false), 0)));
        for (int i = 0; i < resolutions.size(); i++) {
            long version = i + 1;
            projection.on(resolutions.get(i), version);
            replayed.add(() -> rebuilt.on(resolutions.get((int) version - 1), version));
        }

        ReplayedBatch.of(replayed.toArray(Runnable[]::new));

        assertThat(database.queryForMap("SELECT application_approved_by, own_share_financed_by, strategy_adopted_by,"
                + " version FROM status_partner").values()).containsExactly("V 1", "V 2", "V 3", 3L);
        assertThat(rebuilt.handle(new FindProjectStatus(CutCase.PROJECT, TODAY))).isEqualTo(status());
    }

    @Test
    void aRejectedResolutionLeavesThePrerequisiteMissing() {
        projection.on(CutCase.resolution(MUNICH, "14-20 / V 18416", LocalDate.of(2020, 5, 13),
                ResolutionOutcome.REJECTED, ResolutionSubject.APPLICATION_APPROVAL), 1);
        assertThat(munich().missingPrerequisites()).extracting(Prerequisite::description).contains("council resolution approving the application missing");
        assertThat(munich().version()).isEqualTo(1);
    }

    @Test
    void theJointApplicationIsCompleteWhenEveryPartnerApplied() {
        projection.on(CutCase.joined(HAMBURG, "Freie und Hansestadt Hamburg", true), 0);
        projection.on(CutCase.munichTwoYearPlan(), 1);
        projection.on(CutCase.munichMandate(), 2);
        projection.on(CutCase.munichApplied(), 3);
        assertThat(munich().stage()).isEqualTo(PartnerStage.APPLIED);
        assertThat(munich().missingPrerequisites()).extracting(Prerequisite::description).containsExactly("grant decision of the funder pending");
        assertThat(status().applicationComplete()).isFalse();

        projection.on(new ApplicationSubmitted(HAMBURG, LocalDate.of(2020, 5, 18),
                null, null, List.of()), 1);
        assertThat(status().stage()).isEqualTo(ProjectStage.APPLICATION_COMPLETE);
        assertThat(status().applicationComplete()).isTrue();
    }

    @Test
    void aPlanStraightToPhaseBLacksTheStrategyUntilTheCouncilAdoptsIt() {
        projection.on(CutCase.munichTwoYearPlan(), 1);
        projection.on(CutCase.munichMandate(), 2);
        assertThat(munich().missingPrerequisites()).extracting(Prerequisite::description)
                .containsExactly("council resolution adopting the smart-city strategy missing");
        projection.on(CutCase.munichStrategy(), 3);
        assertThat(munich().missingPrerequisites()).extracting(Prerequisite::description).isEmpty();
    }

    @Test
    void aFundedPartnerFacesTheProofOfUseDeadlineUntilItsProofIsAccepted() {
        projection.on(CutCase.munichTwoYearPlan(), 1);
        projection.on(CutCase.munichStrategy(), 2);
        projection.on(CutCase.munichMandate(), 3);
        projection.on(CutCase.munichApplied(), 4);
        projection.on(CutCase.munichGranted(), 5);
        Deadline proofOfUse = new Deadline(DeadlineKind.PROOF_OF_USE, "proof of use of phase B due",
                LocalDate.of(2026, 6, 15), true, "LHM", null, Phase.B);
        assertThat(munich().deadlines()).containsExactly(proofOfUse);
        assertThat(status().deadlines()).containsExactly(new Deadline(DeadlineKind.RUNNING_TIME_END,
                "end of the running time", LocalDate.of(2025, 12, 31), true, null, null, null), proofOfUse);
        assertThat(status(LocalDate.of(2025, 12, 31)).deadlines()).extracting(Deadline::overdue)
                .containsExactly(false, false);

        projection.on(new ProofOfUseAccepted(MUNICH, "P1",
                Phase.B, LocalDate.of(2026, 5, 1)), 6);
        assertThat(munich().deadlines()).isEmpty();
        assertThat(status().deadlines()).as("nothing left to spend: the running time's end no longer matters")
                .isEmpty();
    }

    @Test
    void openDisbursementsAreDeadlinesUntilPaid() {
        projection.on(CutCase.munichTwoYearPlan(), 1);
        projection.on(CutCase.munichMandate(), 2);
        projection.on(CutCase.munichApplied(), 3);
        projection.on(CutCase.munichGranted(), 4);
        projection.on(CutCase.munichRequested("R1", "100.00", "0.00"), 5);
        assertThat(munich().stage()).isEqualTo(PartnerStage.FUNDED);
        assertThat(munich().deadlines()).containsExactly(
                new Deadline(DeadlineKind.PAYOUT, "payout of disbursement R1", LocalDate.of(2021, 7, 31), true, "LHM",
                        "R1", null),
                new Deadline(DeadlineKind.PROOF_OF_USE, "proof of use of phase B due", LocalDate.of(2026, 6, 15), true,
                        "LHM", null, Phase.B));
        assertThat(munich().deadlines()).extracting(deadline -> deadline.identity(CutCase.PROJECT))
                .containsExactly("SC20-SFQRL-LHM-PAYOUT-R1", "SC20-SFQRL-LHM-PROOF_OF_USE-B");
        assertThat(status().deadlines()).extracting(deadline -> deadline.identity(CutCase.PROJECT))
                .contains("SC20-SFQRL-project-RUNNING_TIME_END");
        assertThat(projection.handle(FindProjects.all(LocalDate.of(2021, 7, 31))).projects()).singleElement()
                .satisfies(project -> {
                    assertThat(project.nextDeadline()).extracting(Deadline::kind, Deadline::requestId, Deadline::overdue)
                            .containsExactly(DeadlineKind.PAYOUT, "R1", false);
                    assertThat(project.overdueDeadlines()).isZero();
                });
        assertThat(projection.handle(FindProjects.all(TODAY)).projects().get(0).overdueDeadlines())
                .as("the payout, the proof of use and the end of the running time have passed").isEqualTo(3);

        projection.on(new DisbursementPaid(MUNICH, "R1", LocalDate.of(2021, 7, 31), null, null), 6);
        assertThat(munich().deadlines()).extracting(Deadline::description)
                .containsExactly("proof of use of phase B due");
        assertThat(munich().version()).isEqualTo(6);
    }

    @Test
    void projectsComeInPagesByIdAndOnlyThoseTheGivenPartnersLeadOrHaveJoined() {
        for (String[] project : new String[][]{{"A-ONE", "LE"}, {"M-THREE", "DD"}, {"Z-TWO", "FHH"}}) {
            projection.on(new ProjectRegistered(project[0], "Project " + project[0], "KfW 436", project[1],
                    CutCase.DEADLINE, CutCase.RUNNING_TIME, List.of(new Measure("M1", "Platform")),
                    LocalDate.of(2020, 5, 5)));
        }
        projection.on(CutCase.joined(new PartnerId("M-THREE", "LHM"), "Landeshauptstadt München", false), 0);

        assertThat(ids(new FindProjects(TODAY, null, 2, null))).containsExactly("A-ONE", "M-THREE");
        assertThat(ids(new FindProjects(TODAY, "M-THREE", 2, null))).containsExactly(CutCase.PROJECT, "Z-TWO");
        assertThat(ids(new FindProjects(TODAY, "Z-TWO", 2, null))).isEmpty();
        assertThat(ids(new FindProjects(TODAY, null, 10, List.of("LHM")))).as("Munich has joined two")
                .containsExactly("M-THREE", CutCase.PROJECT);
        assertThat(ids(new FindProjects(TODAY, null, 10, List.of("FHH")))).as("Hamburg leads two")
                .containsExactly(CutCase.PROJECT, "Z-TWO");
        assertThat(ids(new FindProjects(TODAY, "A-ONE", 1, List.of("LE", "DD")))).containsExactly("M-THREE");
        assertThat(ids(new FindProjects(TODAY, null, 10, List.of()))).isEmpty();
        assertThat(projection.handle(new FindProjects(TODAY, "A-ONE", 1, null)).projects()).singleElement()
                .satisfies(project -> assertThat(project.partners()).containsExactly("LHM"));
    }

    @Test
    void partnersComeInPagesByProjectAndCodeWithHowManyThereAreInAll() {
        projection.on(CutCase.joined(new PartnerId(CutCase.PROJECT, "FHH"), "Freie und Hansestadt Hamburg", true), 0);
        projection.on(CutCase.joined(new PartnerId("A-ONE", "LE"), "Stadt Leipzig", false), 0);

        PartnerPage first = projection.handle(new FindPartners(0, 2));
        assertThat(first.total()).isEqualTo(3);
        assertThat(first.partners()).extracting(PartnerPage.Partner::projectId, PartnerPage.Partner::partnerCode)
                .containsExactly(tuple("A-ONE", "LE"), tuple(CutCase.PROJECT, "FHH"));
        assertThat(first.partners().get(1).name()).isEqualTo("Freie und Hansestadt Hamburg");
        assertThat(projection.handle(new FindPartners(2, 2)).partners()).singleElement()
                .satisfies(partner -> assertThat(partner.partnerCode()).isEqualTo("LHM"));
        assertThat(projection.handle(new FindPartners(3, 2)).partners()).isEmpty();
    }

    private List<String> ids(FindProjects query) {
        return projection.handle(query).projects().stream().map(ProjectSummary::projectId).toList();
    }

    @Test
    void redeliveredEventsChangeNothingAndResetEmptiesTheModel() {
        projection.on(CutCase.munichTwoYearPlan(), 1);
        ProjectStatus once = status();
        projection.on(CutCase.registered());
        projection.on(CutCase.joined(MUNICH, "Landeshauptstadt München", false), 0);
        projection.on(CutCase.munichTwoYearPlan(), 1);
        assertThat(status()).isEqualTo(once);

        projection.reset();
        assertThat(projection.handle(new FindProjectStatus(CutCase.PROJECT, TODAY))).isNull();
        assertThat(projection.handle(FindProjects.all(TODAY)).projects()).isEmpty();
    }

    @Test
    void everyEventOfAPartnerMovesItsVersionAndARefusedGrantEndsItsWay() throws Exception {
        ProjectStatusProjection full = new ProjectStatusProjection(ReadModelDatabase.create());
        AnnotationEventHandlerAdapter handlers = new AnnotationEventHandlerAdapter(full);
        List<DomainEventMessage<?>> history = FullHistory.events();
        for (DomainEventMessage<?> event : history) {
            handlers.handle(event);
        }
        ProjectStatus status = full.handle(new FindProjectStatus(CutCase.PROJECT, TODAY));
        for (String partner : List.of("FHH", "LHM")) {
            long lastSequence = history.stream().filter(e -> e.getAggregateIdentifier().endsWith("/" + partner))
                    .mapToLong(DomainEventMessage::getSequenceNumber).max().orElseThrow();
            assertThat(status.partners()).filteredOn(p -> p.partnerCode().equals(partner))
                    .singleElement().satisfies(p -> assertThat(p.version()).isEqualTo(lastSequence));
        }
        assertThat(status.partners()).filteredOn(p -> p.partnerCode().equals("FHH")).singleElement()
                .satisfies(p -> assertThat(p.stage()).isEqualTo(PartnerStage.REFUSED));
    }
}
