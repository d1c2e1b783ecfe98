package de.consortium.projections.disbursement;

import de.consortium.domain.costplan.Phase;
import de.consortium.domain.disbursement.DisbursementApproved;
import de.consortium.domain.disbursement.DisbursementPaid;
import de.consortium.domain.disbursement.DisbursementRejected;
import de.consortium.domain.disbursement.DisbursementStatus;
import de.consortium.domain.money.Money;
import de.consortium.domain.proofofuse.ProofDocument;
import de.consortium.domain.proofofuse.ProofOfUseStatus;
import de.consortium.domain.proofofuse.ProofOfUseObjected;
import de.consortium.domain.proofofuse.ProofOfUseSubmitted;
import de.consortium.domain.repayment.RepaymentClaimed;
import de.consortium.domain.CutCase;
import de.consortium.projections.support.ReadModelDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static de.consortium.domain.CutCase.MUNICH;
import static org.assertj.core.api.Assertions.assertThat;

class DisbursementProjectionTest {

    private DisbursementProjection projection;

    @BeforeEach
    void setUp() {
        projection = new DisbursementProjection(ReadModelDatabase.create());
    }

    @Test
    void aRequestIsListedWithItsAmountsAndFollowedToPayment() {
        projection.on(CutCase.munichRequested("R1", "400000.00", "0.00"));
        projection.on(CutCase.munichRequested("R1", "400000.00", "0.00"));
        projection.on(new DisbursementApproved(MUNICH, "R1", LocalDate.of(2021, 7, 20), null, "kfw-approver"));
        projection.on(new DisbursementPaid(MUNICH, "R1", LocalDate.of(2021, 7, 31), null, "kfw-payer"));

        assertThat(projection.handle(new FindDisbursements(CutCase.PROJECT)).disbursements()).containsExactly(
                new DisbursementView("LHM", "R1", Phase.B, false, LocalDate.of(2021, 7, 5), LocalDate.of(2021, 1, 1),
                        LocalDate.of(2021, 6, 30), LocalDate.of(2021, 7, 31), new BigDecimal("400000.00"),
                        new BigDecimal("260000.00"), DisbursementStatus.PAID, LocalDate.of(2021, 7, 20), null, null,
                        LocalDate.of(2021, 7, 31), "kfw-approver", "kfw-payer"));
    }

    @Test
    void aRejectionKeepsItsReason() {
        projection.on(CutCase.munichRequested("R1", "400000.00", "0.00"));
        projection.on(new DisbursementRejected(MUNICH, "R1", LocalDate.of(2021, 7, 20), null, "no invoices"));
        DisbursementView view = projection.handle(new FindDisbursements(CutCase.PROJECT)).disbursements().get(0);
        assertThat(view.status()).isEqualTo(DisbursementStatus.REJECTED);
        assertThat(view.rejectionReason()).isEqualTo("no invoices");
    }

    @Test
    void aRequestRecordedAgainAfterItsDecisionIsAsRequested() {
        projection.on(CutCase.munichRequested("R1", "400000.00", "0.00"));
        projection.on(new DisbursementRejected(MUNICH, "R1", LocalDate.of(2021, 7, 20), null, "no invoices"));
        projection.on(CutCase.munichRequested("R1", "400000.00", "0.00"));
        assertThat(projection.handle(new FindDisbursements(CutCase.PROJECT)).disbursements()).singleElement()
                .satisfies(view -> {
                    assertThat(view.status()).isEqualTo(DisbursementStatus.REQUESTED);
                    assertThat(view.rejectedOn()).isNull();
                    assertThat(view.rejectionReason()).isNull();
                });
    }

    @Test
    void proofsOfUseAndRepaymentClaimsAreListed() {
        projection.on(new ProofOfUseSubmitted(MUNICH, "P1", Phase.B, LocalDate.of(2026, 5, 1),
                ProofDocument.requiredFor(Phase.B), Set.of()));
        projection.on(new ProofOfUseObjected(MUNICH, "P1", Phase.B, LocalDate.of(2026, 5, 20), "invoices missing"));
        projection.on(new RepaymentClaimed(MUNICH, "C1", LocalDate.of(2023, 1, 31), "R1", Money.ofEuros("1000.00"),
                List.of(), Money.ofEuros("12.34"), "results report not delivered"));

        ProjectDisbursements read = projection.handle(new FindDisbursements(CutCase.PROJECT));
        assertThat(read.proofsOfUse()).containsExactly(new ProofOfUseView("LHM", "P1", Phase.B,
                LocalDate.of(2026, 5, 1), ProofDocument.requiredFor(Phase.B), ProofOfUseStatus.OBJECTED, LocalDate.of(2026, 5, 20),
                "invoices missing"));
        assertThat(read.repaymentClaims()).containsExactly(new RepaymentClaimView("LHM", "C1", "R1",
                LocalDate.of(2023, 1, 31), new BigDecimal("1000.00"), new BigDecimal("12.34"),
                "results report not delivered"));
    }

    @Test
    void resetEmptiesTheModel() {
        projection.on(CutCase.munichRequested("R1", "400000.00", "0.00"));
        projection.reset();
        assertThat(projection.handle(new FindDisbursements(CutCase.PROJECT)).disbursements()).isEmpty();
    }
}
