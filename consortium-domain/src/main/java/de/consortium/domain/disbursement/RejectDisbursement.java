package de.consortium.domain.disbursement;

import de.consortium.domain.rules.DatedCommand;
import de.consortium.domain.rules.WorldDate;
import de.consortium.domain.project.PartnerId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;
import java.util.Objects;

/** The funder rejects a requested disbursement, with its reason. */
public record RejectDisbursement(@TargetAggregateIdentifier PartnerId partnerId, String requestId,
                                 LocalDate rejectedOn, String reason) implements DatedCommand {
    public RejectDisbursement {
        Objects.requireNonNull(partnerId, "partnerId");
        Objects.requireNonNull(requestId, "requestId");
        Objects.requireNonNull(rejectedOn, "rejectedOn");
    }

    @Override
    public WorldDate worldDate() {
        return new WorldDate("The rejection date", rejectedOn);
    }
}
