package de.consortium.domain.proofofuse;

import de.consortium.domain.costplan.Phase;
import de.consortium.domain.partner.PartnerId;
import de.consortium.domain.rules.HappenedOn;
import org.axonframework.serialization.Revision;

import java.time.LocalDate;
import java.util.Set;

@Revision("1")
public record ProofOfUseSubmitted(PartnerId partnerId, String proofId, Phase phase, LocalDate submittedOn,
                                  Set<ProofDocument> documents) implements HappenedOn {

    @Override
    public LocalDate happenedOn() {
        return submittedOn;
    }
}
