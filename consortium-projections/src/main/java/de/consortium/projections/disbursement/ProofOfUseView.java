package de.consortium.projections.disbursement;

import de.consortium.domain.costplan.Phase;
import de.consortium.domain.proofofuse.ProofDocument;

import java.time.LocalDate;
import java.util.Set;

/** A proof of use and the funder's audit: SUBMITTED, then ACCEPTED or OBJECTED (with the objections). */
public record ProofOfUseView(String partnerCode, String proofId, Phase phase, LocalDate submittedOn,
                             Set<ProofDocument> documents, String status, LocalDate decidedOn, String objections) {
}
