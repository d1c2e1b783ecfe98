package de.consortium.projections.disbursement;

import java.util.List;

/** Drawing down the grant: the requests, the proofs of use that close a phase, and any repayment claims. */
public record ProjectDisbursements(String projectId, List<DisbursementView> disbursements,
                                   List<ProofOfUseView> proofsOfUse, List<RepaymentClaimView> repaymentClaims) {
}
