package de.consortium.domain.repayment;

import de.consortium.domain.Refused;
import de.consortium.domain.CutCase;
import de.consortium.domain.disbursement.DisbursementApproved;
import de.consortium.domain.disbursement.DisbursementPaid;
import de.consortium.domain.money.Money;
import de.consortium.domain.partner.Partner;
import de.consortium.domain.partner.PartnerFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static de.consortium.domain.CutCase.MUNICH;
import static org.hamcrest.Matchers.containsString;

class ClaimRepaymentTest {

    private static final Money COSTS = Money.ofEuros("400000.00");
    private static final Money PAID = Money.ofEuros("260000.00");
    private static final LocalDate PAID_ON = LocalDate.of(2022, 12, 30);

    private FixtureConfiguration<Partner> fixture;

    @BeforeEach
    void setUp() {
        fixture = PartnerFixture.create();
    }

    /** Munich's first request R1, approved and paid out (260,000.00 EUR on 30.12.2022). */
    private static List<Object> firstPaid() {
        return List.of(CutCase.firstRequested("R1", COSTS),
                new DisbursementApproved(MUNICH, "R1", LocalDate.of(2021, 7, 20), PAID, "kfw-approver"),
                new DisbursementPaid(MUNICH, "R1", PAID_ON, PAID, "kfw-payer"));
    }

    /** As {@link #firstPaid()}, and claim C1 has reclaimed 200,000.00 EUR of it. */
    private static List<Object> firstPaidAndPartlyReclaimed() {
        List<Object> events = new ArrayList<>(firstPaid());
        events.add(new RepaymentClaimed(MUNICH, "C1", LocalDate.of(2023, 1, 31), "R1", Money.ofEuros("200000.00"),
                List.of(), Money.ZERO, "first"));
        return events;
    }

    @Test
    void repaymentInterest_fivePointsAboveTheBaseRateFromTheDayAfterPayout() {
        // 31.12.2022 at -0.88 + 5 = 4.12 %; 01.01. to 31.01.2023 at 1.62 + 5 = 6.62 %; act/365 on 100,000.00 EUR
        List<InterestPeriod> periods = List.of(
                new InterestPeriod(LocalDate.of(2022, 12, 31), LocalDate.of(2022, 12, 31), new BigDecimal("4.12"), 1,
                        Money.ofEuros("11.29")),
                new InterestPeriod(LocalDate.of(2023, 1, 1), LocalDate.of(2023, 1, 31), new BigDecimal("6.62"), 31,
                        Money.ofEuros("562.25")));
        fixture.given(CutCase.munichFunded())
                .andGiven(firstPaid())
                .when(new ClaimRepayment(MUNICH, "C1", LocalDate.of(2023, 1, 31), "R1", Money.ofEuros("100000.00"),
                        "results report not delivered"))
                .expectEvents(new RepaymentClaimed(MUNICH, "C1", LocalDate.of(2023, 1, 31), "R1",
                        Money.ofEuros("100000.00"), periods, Money.ofEuros("573.54"), "results report not delivered"));
    }

    @Test
    void repaymentWithinPaid_noMoreThanWasPaidAndNotYetReclaimed() {
        fixture.given(CutCase.munichFunded())
                .andGiven(firstPaidAndPartlyReclaimed())
                .when(new ClaimRepayment(MUNICH, "C2", LocalDate.of(2023, 1, 31), "R1", Money.ofEuros("60000.01"),
                        "second"))
                .expectException(Refused.by("repayment-within-paid"))
                .expectExceptionMessage(containsString("not yet reclaimed"))
                .expectNoEvents();
    }

    @Test
    void claimIdUnique_aClaimIdNamesOneClaim() {
        fixture.given(CutCase.munichFunded())
                .andGiven(firstPaidAndPartlyReclaimed())
                .when(new ClaimRepayment(MUNICH, "C1", LocalDate.of(2023, 1, 31), "R1", Money.ofEuros("1.00"),
                        "second"))
                .expectException(Refused.by("claim-id-unique"))
                .expectExceptionMessage(containsString("exists already"))
                .expectNoEvents();
    }

    @Test
    void repaymentOfPaidMoney_anUnpaidDisbursementCannotBeReclaimed() {
        fixture.given(CutCase.munichFunded())
                .andGiven(CutCase.firstRequested("R1", COSTS))
                .when(new ClaimRepayment(MUNICH, "C1", LocalDate.of(2023, 1, 31), "R1", Money.ofEuros("1.00"), "x"))
                .expectException(Refused.by("repayment-of-paid-money"))
                .expectExceptionMessage(containsString("only money paid out"))
                .expectNoEvents();
    }

    @Test
    void aClaimOnThePayoutDayBearsNoInterestYet() {
        fixture.given(CutCase.munichFunded())
                .andGiven(firstPaid())
                .when(new ClaimRepayment(MUNICH, "C1", PAID_ON, "R1", PAID, "x"))
                .expectEvents(new RepaymentClaimed(MUNICH, "C1", PAID_ON, "R1", PAID, List.of(), Money.ZERO, "x"));
    }
}
