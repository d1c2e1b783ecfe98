package de.consortium.domain.proofofuse;

import de.consortium.domain.rules.DatedCommand;
import de.consortium.domain.rules.WorldDate;
import de.consortium.domain.project.PartnerId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;
import java.util.Objects;

/** The funder objects to the proof of use; the partner may submit a revised one. */
public record ObjectToProofOfUse(@TargetAggregateIdentifier PartnerId partnerId, String proofId, LocalDate objectedOn,
                                 String objections) implements DatedCommand {

    public ObjectToProofOfUse {
        Objects.requireNonNull(partnerId, "partnerId");
        Objects.requireNonNull(proofId, "proofId");
        Objects.requireNonNull(objectedOn, "objectedOn");
        Objects.requireNonNull(objections, "objections");
    }

    @Override
    public WorldDate worldDate() {
        return new WorldDate("The objection date", objectedOn);
    }
}
