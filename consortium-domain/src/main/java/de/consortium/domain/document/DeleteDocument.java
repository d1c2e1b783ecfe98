package de.consortium.domain.document;

import de.consortium.domain.project.PartnerId;
import de.consortium.domain.rules.DatedCommand;
import de.consortium.domain.rules.WorldDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;
import java.util.Objects;

/** An operator deletes a document's bytes once its retention has run out; its hash stays in the history. */
public record DeleteDocument(@TargetAggregateIdentifier PartnerId partnerId, String sha256, LocalDate deletedOn,
                             String reason) implements DatedCommand {

    public DeleteDocument {
        Objects.requireNonNull(partnerId, "partnerId");
        ContentHash.checked(sha256);
        Objects.requireNonNull(deletedOn, "deletedOn");
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("deleting a document states why");
        }
    }

    @Override
    public WorldDate worldDate() {
        return new WorldDate("The day of deletion", deletedOn);
    }
}
