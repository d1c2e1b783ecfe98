package de.consortium.projections.disbursement;

import java.util.List;

public record ProjectDisbursements(String projectId, List<DisbursementView> disbursements) {
}
