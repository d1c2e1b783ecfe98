package de.consortium.api.repayment;

import de.consortium.api.messaging.CommandAccepted;
import de.consortium.api.messaging.Commands;
import de.consortium.api.messaging.EuroAmount;
import de.consortium.api.messaging.Euros;
import de.consortium.domain.partner.PartnerId;
import de.consortium.domain.repayment.ClaimRepayment;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.UUID;

@RestController
@Tag(name = "Repayments", description = "The funder reclaims paid grants, with interest")
class RepaymentController {

    private final Commands commands;

    RepaymentController(Commands commands) {
        this.commands = commands;
    }

    /**
     * @param requestId the paid disbursement reclaimed (in part)
     * @param amount    the principal reclaimed, in euros; interest is computed up to {@code claimedOn}
     */
    record ClaimRepaymentRequest(@Size(max = 64) String claimId, @NotNull LocalDate claimedOn,
                                 @NotBlank @Size(max = 64) String requestId, @NotNull @EuroAmount BigDecimal amount,
                                 @NotBlank @Size(max = 2000) String reason) {
    }

    @PostMapping("/api/projects/{projectId}/partners/{partner}/claim-repayment")
    @Operation(summary = "claim-repayment: reclaim paid money with interest 5 points above the base rate")
    ResponseEntity<CommandAccepted> claim(@PathVariable String projectId, @PathVariable String partner,
                                          @Valid @RequestBody ClaimRepaymentRequest request) {
        String claimId = request.claimId() != null ? request.claimId() : UUID.randomUUID().toString();
        return commands.create(new ClaimRepayment(new PartnerId(projectId, partner), claimId, request.claimedOn(),
                        request.requestId(), Euros.toMoney(request.amount()), request.reason()),
                URI.create("/api/projects/" + projectId + "/disbursements"), projectId, partner, claimId);
    }
}
