package de.consortium.domain.disbursement;

public enum DisbursementStatus {
    REQUESTED,
    APPROVED,
    REJECTED,
    PAID
}
