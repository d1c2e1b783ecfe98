package de.consortium.domain.rules;

import de.consortium.domain.CutCase;
import de.consortium.domain.Refused;
import de.consortium.domain.costplan.Phase;
import de.consortium.domain.disbursement.DisbursementApproved;
import de.consortium.domain.disbursement.DisbursementPaid;
import de.consortium.domain.disbursement.IncurredCost;
import de.consortium.domain.disbursement.PayDisbursement;
import de.consortium.domain.disbursement.RequestDisbursement;
import de.consortium.domain.money.Money;
import de.consortium.domain.partner.Partner;
import de.consortium.domain.partner.PartnerFixture;
import de.consortium.domain.proofofuse.AcceptProofOfUse;
import de.consortium.domain.proofofuse.ProofDocument;
import de.consortium.domain.proofofuse.ProofOfUseSubmitted;
import de.consortium.domain.proofofuse.SubmitProofOfUse;
import de.consortium.domain.repayment.ClaimRepayment;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static de.consortium.domain.CutCase.MUNICH;
import static org.hamcrest.Matchers.containsString;

/** A later step of the procedure cannot lie before the step it follows, whichever step it is. */
class ChronologyTest {

    private static final Money COSTS = Money.ofEuros("400000.00");
    private static final Money GRANT_SHARE = Money.ofEuros("260000.00");
    private static final LocalDate APPROVED = LocalDate.of(2021, 7, 20);
    private static final LocalDate PAID = LocalDate.of(2021, 7, 31);

    private FixtureConfiguration<Partner> fixture;

    @BeforeEach
    void setUp() {
        fixture = PartnerFixture.create();
    }

    @Test
    void aRequestCannotPrecedeTheGrantDecision() {
        fixture.given(CutCase.munichFunded())
                .when(new RequestDisbursement(MUNICH, "R0", LocalDate.of(2020, 12, 10), LocalDate.of(2020, 6, 1),
                        LocalDate.of(2020, 11, 30), LocalDate.of(2020, 12, 31), Phase.B, false,
                        List.of(new IncurredCost(2020, CutCase.STAFF, COSTS))))
                .expectException(Refused.by("chronology"))
                .expectExceptionMessage(containsString("cannot lie before the grant decision (2020-12-15)"))
                .expectNoEvents();
    }

    @Test
    void aPaymentCannotPrecedeTheApproval() {
        fixture.given(CutCase.munichFunded())
                .andGiven(CutCase.firstRequested("R1", COSTS),
                        new DisbursementApproved(MUNICH, "R1", APPROVED, GRANT_SHARE, "kfw-approver"))
                .when(new PayDisbursement(MUNICH, "R1", APPROVED.minusDays(1)), CutCase.PAYER)
                .expectException(Refused.by("chronology"))
                .expectNoEvents();
    }

    @Test
    void aClaimCannotPrecedeThePayment() {
        fixture.given(CutCase.munichFunded())
                .andGiven(CutCase.firstRequested("R1", COSTS),
                        new DisbursementApproved(MUNICH, "R1", APPROVED, GRANT_SHARE, "kfw-approver"),
                        new DisbursementPaid(MUNICH, "R1", PAID, GRANT_SHARE, "kfw-payer"))
                .when(new ClaimRepayment(MUNICH, "C1", PAID.minusDays(1), "R1", Money.ofEuros("1000.00"), "why"))
                .expectException(Refused.by("chronology"))
                .expectNoEvents();
    }

    @Test
    void aProofOfUseCannotPrecedeTheGrantDecisionNorItsAuditTheProof() {
        fixture.given(CutCase.munichFunded())
                .when(new SubmitProofOfUse(MUNICH, "P1", Phase.B, CutCase.GRANT_DECIDED.minusDays(1),
                        ProofDocument.requiredFor(Phase.B), Set.of()))
                .expectException(Refused.by("chronology"))
                .expectNoEvents();
        fixture.given(CutCase.munichFunded())
                .andGiven(new ProofOfUseSubmitted(MUNICH, "P1", Phase.B, LocalDate.of(2026, 6, 1),
                        ProofDocument.requiredFor(Phase.B), Set.of()))
                .when(new AcceptProofOfUse(MUNICH, "P1", LocalDate.of(2026, 5, 31)))
                .expectException(Refused.by("chronology"))
                .expectNoEvents();
    }
}
