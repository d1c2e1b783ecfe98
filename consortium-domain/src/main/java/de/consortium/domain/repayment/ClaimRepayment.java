package de.consortium.domain.repayment;

import de.consortium.domain.rules.DatedCommand;
import de.consortium.domain.rules.WorldDate;
import de.consortium.domain.rules.Shown;
import de.consortium.domain.money.Money;
import de.consortium.domain.project.PartnerId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;
import java.util.Objects;
import java.util.regex.Pattern;

/** The funder reclaims (part of) a paid disbursement for non-compliance, with interest up to the claim date. */
public record ClaimRepayment(@TargetAggregateIdentifier PartnerId partnerId, String claimId, LocalDate claimedOn,
                             String requestId, Money amount, String reason) implements DatedCommand {

    private static final Pattern CLAIM_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

    public ClaimRepayment {
        Objects.requireNonNull(partnerId, "partnerId");
        Objects.requireNonNull(claimedOn, "claimedOn");
        Objects.requireNonNull(requestId, "requestId");
        Objects.requireNonNull(reason, "reason");
        if (claimId == null || !CLAIM_ID.matcher(claimId).matches()) {
            throw new IllegalArgumentException("a claim id has 1 to 64 letters, digits, dots, dashes or underscores,"
                    + " not " + Shown.quoted(claimId));
        }
        if (amount == null || amount.isZero()) {
            throw new IllegalArgumentException("a repayment claim names an amount above zero");
        }
    }

    @Override
    public WorldDate worldDate() {
        return new WorldDate("The claim date", claimedOn);
    }
}
