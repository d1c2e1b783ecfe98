package de.consortium.domain.disbursement;

import de.consortium.domain.Refused;
import de.consortium.domain.CutCase;
import de.consortium.domain.money.Money;
import de.consortium.domain.partner.Partner;
import de.consortium.domain.partner.PartnerFixture;
import de.consortium.domain.rules.ActingPrincipal;
import de.consortium.domain.rules.VersionMismatch;
import de.consortium.domain.rules.UnknownReference;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.hamcrest.Matchers.containsString;

class DisbursementDecisionTest {

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
    void aRequestedDisbursementIsApproved() {
        fixture.given(CutCase.munichFunded()).andGiven(CutCase.firstRequested("R1", COSTS))
                .when(new ApproveDisbursement(CutCase.MUNICH, "R1", APPROVED), CutCase.APPROVER)
                .expectEvents(new DisbursementApproved(CutCase.MUNICH, "R1", APPROVED, GRANT_SHARE, "kfw-approver"));
    }

    @Test
    void anApprovedDisbursementIsPaid() {
        fixture.given(CutCase.munichFunded())
                .andGiven(CutCase.firstRequested("R1", COSTS),
                        new DisbursementApproved(CutCase.MUNICH, "R1", APPROVED, GRANT_SHARE, "kfw-approver"))
                .when(new PayDisbursement(CutCase.MUNICH, "R1", PAID), CutCase.PAYER)
                .expectEvents(new DisbursementPaid(CutCase.MUNICH, "R1", PAID, GRANT_SHARE, "kfw-payer"));
    }

    @Test
    void fourEyes_theApproverCannotAlsoPay() {
        fixture.given(CutCase.munichFunded())
                .andGiven(CutCase.firstRequested("R1", COSTS),
                        new DisbursementApproved(CutCase.MUNICH, "R1", APPROVED, GRANT_SHARE, "kfw-approver"))
                .when(new PayDisbursement(CutCase.MUNICH, "R1", PAID), CutCase.APPROVER)
                .expectException(Refused.by("four-eyes"))
                .expectExceptionMessage(containsString("a second person must pay it"))
                .expectNoEvents();
    }

    @Test
    void aCommandOnAStaleVersionChangesNothing() {
        // the partner stands at version 6 after its six given events and the request
        fixture.given(CutCase.munichFunded()).andGiven(CutCase.firstRequested("R1", COSTS))
                .when(new ApproveDisbursement(CutCase.MUNICH, "R1", APPROVED),
                        CutCase.APPROVER.and(ActingPrincipal.EXPECTED_VERSION, 5L))
                .expectException(VersionMismatch.class)
                .expectExceptionMessage(containsString("version 6"))
                .expectNoEvents();
    }

    @Test
    void aCommandOnTheCurrentVersionIsHandled() {
        fixture.given(CutCase.munichFunded()).andGiven(CutCase.firstRequested("R1", COSTS))
                .when(new ApproveDisbursement(CutCase.MUNICH, "R1", APPROVED),
                        CutCase.APPROVER.and(ActingPrincipal.EXPECTED_VERSION, 6L))
                .expectSuccessfulHandlerExecution()
                .expectResultMessagePayload(7L);
    }

    @Test
    void onlyAnApprovedDisbursementIsPaid() {
        fixture.given(CutCase.munichFunded()).andGiven(CutCase.firstRequested("R1", COSTS))
                .when(new PayDisbursement(CutCase.MUNICH, "R1", PAID), CutCase.PAYER)
                .expectException(Refused.by("disbursement-approved-only"))
                .expectExceptionMessage(containsString("only a approved one"))
                .expectNoEvents();
    }

    @Test
    void aRejectedDisbursementCannotBeApproved() {
        fixture.given(CutCase.munichFunded())
                .andGiven(CutCase.firstRequested("R1", COSTS),
                        new DisbursementRejected(CutCase.MUNICH, "R1", APPROVED, GRANT_SHARE, "no invoices"))
                .when(new ApproveDisbursement(CutCase.MUNICH, "R1", APPROVED), CutCase.APPROVER)
                .expectException(Refused.by("disbursement-requested-only"))
                .expectNoEvents();
    }

    @Test
    void aRequestedDisbursementIsRejectedWithItsReason() {
        fixture.given(CutCase.munichFunded()).andGiven(CutCase.firstRequested("R1", COSTS))
                .when(new RejectDisbursement(CutCase.MUNICH, "R1", APPROVED, "no invoices"))
                .expectEvents(new DisbursementRejected(CutCase.MUNICH, "R1", APPROVED, GRANT_SHARE, "no invoices"));
    }

    @Test
    void chronology_theApprovalCannotPrecedeTheRequest() {
        fixture.given(CutCase.munichFunded()).andGiven(CutCase.firstRequested("R1", COSTS))
                .when(new ApproveDisbursement(CutCase.MUNICH, "R1", LocalDate.of(2021, 7, 4)))
                .expectException(Refused.by("chronology"))
                .expectNoEvents();
    }

    @Test
    void aRejectedDisbursementCannotBeRejectedAgain() {
        fixture.given(CutCase.munichFunded())
                .andGiven(CutCase.firstRequested("R1", COSTS),
                        new DisbursementRejected(CutCase.MUNICH, "R1", APPROVED, GRANT_SHARE, "incomplete"))
                .when(new RejectDisbursement(CutCase.MUNICH, "R1", APPROVED.plusDays(1), "again"))
                .expectException(Refused.by("disbursement-requested-only"))
                .expectNoEvents();
    }

    @Test
    void anUnknownRequestIsReported() {
        fixture.given(CutCase.munichFunded())
                .when(new ApproveDisbursement(CutCase.MUNICH, "R9", APPROVED))
                .expectException(UnknownReference.class)
                .expectNoEvents();
    }
}
