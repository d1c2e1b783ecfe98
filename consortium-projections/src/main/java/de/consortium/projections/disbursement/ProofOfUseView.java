package de.consortium.projections.disbursement;

import org.springframework.lang.Nullable;
import de.consortium.domain.costplan.Phase;
import de.consortium.domain.proofofuse.ProofDocument;
import de.consortium.domain.proofofuse.ProofOfUseStatus;

import java.time.LocalDate;
import java.util.Set;

/** A proof of use and the funder's audit: submitted, then accepted or objected to (with the objections). */
public record ProofOfUseView(String partnerCode, String proofId, Phase phase, LocalDate submittedOn,
                             Set<ProofDocument> documents, ProofOfUseStatus status, @Nullable LocalDate decidedOn,
                             @Nullable String objections) {
}
