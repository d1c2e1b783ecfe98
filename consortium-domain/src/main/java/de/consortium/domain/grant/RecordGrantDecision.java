package de.consortium.domain.grant;

import de.consortium.domain.rules.DatedCommand;
import de.consortium.domain.rules.WorldDate;
import de.consortium.domain.money.Money;
import de.consortium.domain.project.PartnerId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;
import java.util.Objects;

/** The funder records its decision on a partner's application: a grant of the amount given, or a refusal. */
public record RecordGrantDecision(
        @TargetAggregateIdentifier PartnerId partnerId,
        LocalDate decidedOn,
        boolean awarded,
        Money grantAmount,
        String reference) implements DatedCommand {

    public RecordGrantDecision {
        Objects.requireNonNull(partnerId, "partnerId");
        Objects.requireNonNull(decidedOn, "decidedOn");
        if (awarded && (grantAmount == null || grantAmount.isZero())) {
            throw new IllegalArgumentException("a grant that is awarded names its amount");
        }
        if (!awarded && grantAmount != null) {
            throw new IllegalArgumentException("a refusal grants no amount");
        }
    }

    @Override
    public WorldDate worldDate() {
        return new WorldDate("The grant decision", decidedOn);
    }
}
