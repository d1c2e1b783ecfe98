package de.consortium.domain.disbursement;

import de.consortium.domain.rules.DatedCommand;
import de.consortium.domain.rules.WorldDate;
import de.consortium.domain.project.PartnerId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;
import java.util.Objects;

/** The funder pays out an approved disbursement. */
public record PayDisbursement(@TargetAggregateIdentifier PartnerId partnerId, String requestId, LocalDate paidOn)
        implements DatedCommand {
    public PayDisbursement {
        Objects.requireNonNull(partnerId, "partnerId");
        Objects.requireNonNull(requestId, "requestId");
        Objects.requireNonNull(paidOn, "paidOn");
    }

    @Override
    public WorldDate worldDate() {
        return new WorldDate("The payment date", paidOn);
    }
}
