package de.consortium.projections.disbursement;

import org.springframework.lang.Nullable;
import de.consortium.domain.costplan.Phase;
import de.consortium.domain.disbursement.DisbursementStatus;

import java.math.BigDecimal;
import java.time.LocalDate;

public record DisbursementView(String partnerCode, String requestId, Phase phase, boolean finalInstallment,
                               LocalDate requestedOn, LocalDate periodStart, LocalDate periodEnd, LocalDate payoutDate,
                               BigDecimal eligibleCosts, BigDecimal grantAmount, DisbursementStatus status,
                               @Nullable LocalDate approvedOn, @Nullable LocalDate rejectedOn,
                               @Nullable String rejectionReason, @Nullable LocalDate paidOn,
                               @Nullable String approvedBy, @Nullable String paidBy) {
}
