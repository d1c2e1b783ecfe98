package de.consortium.projections.disbursement;

import de.consortium.domain.disbursement.DisbursementApproved;
import de.consortium.domain.disbursement.DisbursementPaid;
import de.consortium.domain.disbursement.DisbursementRejected;
import de.consortium.domain.disbursement.DisbursementStatus;
import de.consortium.projections.support.CutEvents;
import de.consortium.projections.support.ReadModelDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;

import static de.consortium.projections.support.CutEvents.MUNICH;
import static org.assertj.core.api.Assertions.assertThat;

class DisbursementProjectionTest {

    private DisbursementProjection projection;

    @BeforeEach
    void setUp() {
        projection = new DisbursementProjection(ReadModelDatabase.create());
    }

    @Test
    void aRequestIsListedWithItsAmountsAndFollowedToPayment() {
        projection.on(CutEvents.munichRequested("R1", "400000.00", "0.00"));
        projection.on(CutEvents.munichRequested("R1", "400000.00", "0.00"));
        projection.on(new DisbursementApproved(MUNICH, "R1", LocalDate.of(2021, 7, 20), null));
        projection.on(new DisbursementPaid(MUNICH, "R1", LocalDate.of(2021, 7, 31), null));

        assertThat(projection.handle(new FindDisbursements(CutEvents.PROJECT)).disbursements()).containsExactly(
                new DisbursementView("LHM", "R1", LocalDate.of(2021, 7, 5), LocalDate.of(2021, 1, 1),
                        LocalDate.of(2021, 6, 30), LocalDate.of(2021, 7, 31), new BigDecimal("400000.00"),
                        new BigDecimal("260000.00"), DisbursementStatus.PAID, LocalDate.of(2021, 7, 20), null, null,
                        LocalDate.of(2021, 7, 31)));
    }

    @Test
    void aRejectionKeepsItsReason() {
        projection.on(CutEvents.munichRequested("R1", "400000.00", "0.00"));
        projection.on(new DisbursementRejected(MUNICH, "R1", LocalDate.of(2021, 7, 20), null, "no invoices"));
        DisbursementView view = projection.handle(new FindDisbursements(CutEvents.PROJECT)).disbursements().get(0);
        assertThat(view.status()).isEqualTo(DisbursementStatus.REJECTED);
        assertThat(view.rejectionReason()).isEqualTo("no invoices");
    }

    @Test
    void resetEmptiesTheModel() {
        projection.on(CutEvents.munichRequested("R1", "400000.00", "0.00"));
        projection.reset();
        assertThat(projection.handle(new FindDisbursements(CutEvents.PROJECT)).disbursements()).isEmpty();
    }
}
