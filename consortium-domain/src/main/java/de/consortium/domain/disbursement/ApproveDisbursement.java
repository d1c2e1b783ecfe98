package de.consortium.domain.disbursement;

import de.consortium.domain.rules.DatedCommand;
import de.consortium.domain.rules.WorldDate;
import de.consortium.domain.project.PartnerId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;
import java.util.Objects;

/** The funder approves a requested disbursement. */
public record ApproveDisbursement(@TargetAggregateIdentifier PartnerId partnerId, String requestId,
                                  LocalDate approvedOn) implements DatedCommand {
    public ApproveDisbursement {
        Objects.requireNonNull(partnerId, "partnerId");
        Objects.requireNonNull(requestId, "requestId");
        Objects.requireNonNull(approvedOn, "approvedOn");
    }

    @Override
    public WorldDate worldDate() {
        return new WorldDate("The approval date", approvedOn);
    }
}
