package de.consortium.domain.proofofuse;

import de.consortium.domain.Refused;
import de.consortium.domain.CutCase;
import de.consortium.domain.costplan.Phase;
import de.consortium.domain.partner.Partner;
import de.consortium.domain.partner.PartnerFixture;
import de.consortium.domain.rules.UnknownReference;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

import static de.consortium.domain.CutCase.MUNICH;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

class ProofOfUseTest {

    private static final LocalDate SUBMITTED = LocalDate.of(2026, 6, 1);
    private static final Set<ProofDocument> COMPLETE_B = ProofDocument.requiredFor(Phase.B);

    private FixtureConfiguration<Partner> fixture;

    @BeforeEach
    void setUp() {
        fixture = PartnerFixture.create();
    }

    @Test
    void proofOfUseComplete_aCompleteProofIsSubmitted() {
        fixture.given(CutCase.munichFunded())
                .when(new SubmitProofOfUse(MUNICH, "P1", Phase.B, SUBMITTED, COMPLETE_B, Set.of()))
                .expectEvents(new ProofOfUseSubmitted(MUNICH, "P1", Phase.B, SUBMITTED, COMPLETE_B, Set.of()));
    }

    @Test
    void proofOfUseComplete_theResultsReportCannotBeLeftOut() {
        Set<ProofDocument> withoutReport = EnumSet.copyOf(COMPLETE_B);
        withoutReport.remove(ProofDocument.RESULTS_REPORT);
        fixture.given(CutCase.munichFunded())
                .when(new SubmitProofOfUse(MUNICH, "P1", Phase.B, SUBMITTED, withoutReport, Set.of()))
                .expectException(Refused.by("proof-of-use-complete"))
                .expectExceptionMessage(containsString("RESULTS_REPORT"))
                .expectNoEvents();
    }

    @Test
    void oneProofOfUseAwaitsAuditAtATime() {
        fixture.given(CutCase.munichFunded())
                .andGiven(new ProofOfUseSubmitted(MUNICH, "P1", Phase.B, SUBMITTED, COMPLETE_B, Set.of()))
                .when(new SubmitProofOfUse(MUNICH, "P2", Phase.B, SUBMITTED, COMPLETE_B, Set.of()))
                .expectException(Refused.by("one-proof-of-use-pending"))
                .expectNoEvents();
    }

    @Test
    void afterAnObjectionARevisedProofMayFollow() {
        fixture.given(CutCase.munichFunded())
                .andGiven(new ProofOfUseSubmitted(MUNICH, "P1", Phase.B, SUBMITTED, COMPLETE_B, Set.of()),
                        new ProofOfUseObjected(MUNICH, "P1", Phase.B, SUBMITTED.plusDays(30), "invoices missing"))
                .when(new SubmitProofOfUse(MUNICH, "P2", Phase.B, SUBMITTED.plusDays(60), COMPLETE_B, Set.of()))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void theFunderAcceptsASubmittedProof() {
        fixture.given(CutCase.munichFunded())
                .andGiven(new ProofOfUseSubmitted(MUNICH, "P1", Phase.B, SUBMITTED, COMPLETE_B, Set.of()))
                .when(new AcceptProofOfUse(MUNICH, "P1", SUBMITTED.plusDays(30)))
                .expectEvents(new ProofOfUseAccepted(MUNICH, "P1", Phase.B, SUBMITTED.plusDays(30)));
    }

    @Test
    void aProofIsAuditedOnce() {
        fixture.given(CutCase.munichFunded())
                .andGiven(new ProofOfUseSubmitted(MUNICH, "P1", Phase.B, SUBMITTED, COMPLETE_B, Set.of()),
                        new ProofOfUseAccepted(MUNICH, "P1", Phase.B, SUBMITTED.plusDays(30)))
                .when(new ObjectToProofOfUse(MUNICH, "P1", SUBMITTED.plusDays(31), "second thoughts"))
                .expectException(Refused.by("proof-of-use-decided-once"))
                .expectNoEvents();
    }

    @Test
    void anUnknownProofIsReported() {
        fixture.given(CutCase.munichFunded())
                .when(new AcceptProofOfUse(MUNICH, "P9", SUBMITTED))
                .expectException(UnknownReference.class)
                .expectNoEvents();
    }

    @Test
    void noProofOfUseWithoutAGrant() {
        fixture.given(CutCase.munichJoined(), CutCase.munichPlanSet())
                .when(new SubmitProofOfUse(MUNICH, "P1", Phase.B, SUBMITTED, COMPLETE_B, Set.of()))
                .expectException(Refused.by("proof-of-use-needs-grant"))
                .expectNoEvents();
    }

    @Test
    void proofOfUseDeadline_thirtyMonthsForPhaseAAndFiveYearsSixMonthsForPhaseB() {
        LocalDate decided = LocalDate.of(2020, 12, 15);
        assertThat(ProofOfUseDeadline.dueBy(Phase.A, decided)).isEqualTo(LocalDate.of(2023, 6, 15));
        assertThat(ProofOfUseDeadline.dueBy(Phase.B, decided)).isEqualTo(LocalDate.of(2026, 6, 15));
    }
}
