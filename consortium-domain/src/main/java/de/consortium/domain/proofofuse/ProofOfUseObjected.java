package de.consortium.domain.proofofuse;

import de.consortium.domain.costplan.Phase;
import de.consortium.domain.partner.PartnerId;
import org.axonframework.serialization.Revision;

import java.time.LocalDate;

@Revision("1")
public record ProofOfUseObjected(PartnerId partnerId, String proofId, Phase phase, LocalDate objectedOn,
                                 String objections) {
}
