package de.consortium.domain.proofofuse;

import de.consortium.domain.costplan.Phase;
import de.consortium.domain.project.PartnerId;
import de.consortium.domain.rules.HappenedOn;
import de.consortium.domain.support.CanonicalSets;
import org.axonframework.serialization.Revision;

import java.time.LocalDate;
import java.util.Set;

/**
 * A partner submitted a proof of use with the leaflet's documents it encloses and the files among them. Revision 2
 * added the files; {@link de.consortium.domain.evolution.EventUpcasters} give earlier events none.
 */
@Revision("2")
public record ProofOfUseSubmitted(PartnerId partnerId, String proofId, Phase phase, LocalDate submittedOn,
                                  Set<ProofDocument> documents, Set<ProofFile> files) implements HappenedOn {

    /** The documents and files in one defined order, so that the event serializes alike everywhere. */
    public ProofOfUseSubmitted {
        documents = CanonicalSets.of(documents);
        files = CanonicalSets.of(files);
    }

    @Override
    public LocalDate happenedOn() {
        return submittedOn;
    }
}
