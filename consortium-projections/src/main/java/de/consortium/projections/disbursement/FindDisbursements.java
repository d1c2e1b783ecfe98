package de.consortium.projections.disbursement;

public record FindDisbursements(String projectId) {
}
