package de.consortium.domain.proofofuse;

import de.consortium.domain.rules.DatedCommand;
import de.consortium.domain.rules.WorldDate;
import de.consortium.domain.project.PartnerId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;
import java.util.Objects;

/** The funder audited the proof of use without objection. */
public record AcceptProofOfUse(@TargetAggregateIdentifier PartnerId partnerId, String proofId, LocalDate acceptedOn)
        implements DatedCommand {

    public AcceptProofOfUse {
        Objects.requireNonNull(partnerId, "partnerId");
        Objects.requireNonNull(proofId, "proofId");
        Objects.requireNonNull(acceptedOn, "acceptedOn");
    }

    @Override
    public WorldDate worldDate() {
        return new WorldDate("The acceptance date", acceptedOn);
    }
}
