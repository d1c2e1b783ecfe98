package de.consortium.projections.disbursement;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A repayment claim of the funder, with the interest accrued up to the claim date. */
public record RepaymentClaimView(String partnerCode, String claimId, String requestId, LocalDate claimedOn,
                                 BigDecimal principal, BigDecimal interest, String reason) {
}
