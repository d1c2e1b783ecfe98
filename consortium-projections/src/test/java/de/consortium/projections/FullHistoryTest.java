package de.consortium.projections;

import de.consortium.domain.resolution.ResolutionSubject;
import de.consortium.projections.disbursement.DisbursementProjection;
import de.consortium.projections.disbursement.DisbursementView;
import de.consortium.projections.disbursement.FindDisbursements;
import de.consortium.projections.disbursement.ProjectDisbursements;
import de.consortium.projections.disbursement.ProofOfUseView;
import de.consortium.projections.resolution.FindResolutions;
import de.consortium.projections.resolution.PartnerResolutions;
import de.consortium.projections.resolution.ProjectResolutions;
import de.consortium.projections.resolution.RequiredResolution;
import de.consortium.projections.resolution.RequirementState;
import de.consortium.projections.resolution.ResolutionProjection;
import de.consortium.projections.status.FindProjectStatus;
import de.consortium.projections.status.FindProjects;
import de.consortium.projections.status.PartnerStage;
import de.consortium.projections.status.PartnerStatus;
import de.consortium.projections.status.ProjectStage;
import de.consortium.projections.status.ProjectStatus;
import de.consortium.projections.status.ProjectStatusProjection;
import de.consortium.projections.status.ProjectSummary;
import de.consortium.domain.CutCase;
import de.consortium.projections.support.FullHistory;
import de.consortium.projections.support.ReadModelDatabase;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.DomainEventMessage;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The read models after a history with every kind of event: Hamburg refused, Munich funded with one request
 * rejected and one paid, a proof of use objected to and a second accepted, and a repayment claim.
 */
class FullHistoryTest {

    private static <P> P delivered(P projection) throws Exception {
        AnnotationEventHandlerAdapter handlers = new AnnotationEventHandlerAdapter(projection);
        for (DomainEventMessage<?> event : FullHistory.events()) {
            if (handlers.canHandle(event)) {
                handlers.handle(event);
            }
        }
        return projection;
    }

    @Test
    void theStatusShowsEachPartnersStageAndWhatFollowsFromIt() throws Exception {
        ProjectStatusProjection projection = delivered(new ProjectStatusProjection(ReadModelDatabase.create()));
        ProjectStatus status = projection.handle(new FindProjectStatus(CutCase.PROJECT, LocalDate.of(2026, 11, 21)));
        assertThat(status.measures()).extracting(ProjectStatus.MeasureView::code).containsExactly("M1");
        assertThat(status.partners()).extracting(PartnerStatus::partnerCode, PartnerStatus::stage)
                .containsExactly(tuple("FHH", PartnerStage.REFUSED),
                        tuple("LHM", PartnerStage.FUNDED));
        // Munich's requests are closed and its proof of use of phase B accepted: nothing is due
        assertThat(status.partners()).allSatisfy(partner -> {
            assertThat(partner.deadlines()).isEmpty();
            assertThat(partner.missingPrerequisites()).isEmpty();
        });
        assertThat(status.stage()).isEqualTo(ProjectStage.REFUSED);
        List<ProjectSummary> projects = projection.handle(FindProjects.all(LocalDate.of(2026, 11, 21))).projects();
        assertThat(projects).singleElement().satisfies(project -> {
            assertThat(project.partners()).containsExactly("FHH", "LHM");
            assertThat(project.stage()).isEqualTo(status.stage());
            assertThat(project.runningTo()).isEqualTo(LocalDate.of(2025, 12, 31));
        });
    }

    @Test
    void theResolutionsShowWhatEachPartnerNeedsAndWhichPaperGaveIt() throws Exception {
        ProjectResolutions resolutions = delivered(new ResolutionProjection(ReadModelDatabase.create()))
                .handle(new FindResolutions(CutCase.PROJECT));
        PartnerResolutions hamburg = resolutions.partners().get(0);
        PartnerResolutions munich = resolutions.partners().get(1);
        assertThat(hamburg.required()).extracting(RequiredResolution::subject, RequiredResolution::state)
                .containsExactly(tuple(ResolutionSubject.APPLICATION_APPROVAL,
                                RequirementState.MISSING),
                        tuple(ResolutionSubject.OWN_SHARE_FINANCING,
                                RequirementState.MISSING));
        assertThat(munich.required()).extracting(RequiredResolution::subject, RequiredResolution::paperReference)
                .containsExactly(tuple(ResolutionSubject.APPLICATION_APPROVAL,
                                "14-20 / V 18416"),
                        tuple(ResolutionSubject.OWN_SHARE_FINANCING, "14-20 / V 18416"),
                        tuple(ResolutionSubject.STRATEGY_ADOPTION, "14-20 / V 12345"));
        assertThat(munich.resolutions()).hasSize(2);
    }

    @Test
    void theDisbursementsShowEveryStepOfRequestsProofsAndClaims() throws Exception {
        ProjectDisbursements disbursements = delivered(new DisbursementProjection(ReadModelDatabase.create()))
                .handle(new FindDisbursements(CutCase.PROJECT));
        assertThat(disbursements.disbursements()).extracting(DisbursementView::requestId, d -> d.status().name(),
                        DisbursementView::rejectionReason, DisbursementView::paidOn)
                .containsExactly(tuple("R1", "REJECTED", "incomplete", null),
                        tuple("R2", "PAID", null, LocalDate.of(2021, 7, 31)));
        assertThat(disbursements.proofsOfUse()).extracting(ProofOfUseView::proofId, p -> String.valueOf(p.status()),
                        ProofOfUseView::objections)
                .containsExactly(tuple("P1", "OBJECTED", "invoices missing"),
                        tuple("P2", "ACCEPTED", null));
        assertThat(disbursements.proofsOfUse().get(1).documents()).hasSize(6);
        assertThat(disbursements.repaymentClaims()).singleElement()
                .satisfies(claim -> assertThat(claim.requestId()).isEqualTo("R2"));
    }
}
