package de.consortium.domain.proofofuse;

import de.consortium.domain.costplan.Phase;
import de.consortium.domain.project.PartnerId;
import de.consortium.domain.rules.HappenedOn;
import de.consortium.domain.support.CanonicalSets;
import org.axonframework.serialization.Revision;

import java.time.LocalDate;
import java.util.Set;

@Revision("1")
public record ProofOfUseSubmitted(PartnerId partnerId, String proofId, Phase phase, LocalDate submittedOn,
                                  Set<ProofDocument> documents) implements HappenedOn {

    /** The documents in one defined order, so that the event serializes alike everywhere. */
    public ProofOfUseSubmitted {
        documents = CanonicalSets.of(documents);
    }

    @Override
    public LocalDate happenedOn() {
        return submittedOn;
    }
}
