package de.consortium.domain.proofofuse;

import de.consortium.domain.costplan.Phase;
import de.consortium.domain.project.PartnerId;
import de.consortium.domain.rules.HappenedOn;
import org.axonframework.serialization.Revision;

import java.time.LocalDate;

@Revision("1")
public record ProofOfUseObjected(PartnerId partnerId, String proofId, Phase phase, LocalDate objectedOn,
                                 String objections) implements HappenedOn {

    @Override
    public LocalDate happenedOn() {
        return objectedOn;
    }
}
