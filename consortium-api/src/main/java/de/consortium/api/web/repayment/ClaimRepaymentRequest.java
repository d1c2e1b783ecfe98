package de.consortium.api.web.repayment;

import de.consortium.api.messaging.EuroAmount;
import de.consortium.api.messaging.Euros;
import de.consortium.domain.project.PartnerId;
import de.consortium.domain.repayment.ClaimRepayment;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * @param claimId   the funder's own reference for the claim; one is generated when left out
 * @param requestId the paid disbursement reclaimed (in part)
 * @param amount    the principal reclaimed, in euros; interest is computed up to {@code claimedOn}
 */
public record ClaimRepaymentRequest(@Size(max = 64) String claimId, @NotNull LocalDate claimedOn,
                                    @NotBlank @Size(max = 64) String requestId, @NotNull @EuroAmount BigDecimal amount,
                                    @NotBlank @Size(max = 2000) String reason) {

    public ClaimRepayment toCommand(PartnerId partner, String claimId) {
        return new ClaimRepayment(partner, claimId, claimedOn, requestId, Euros.toMoney(amount), reason);
    }
}
