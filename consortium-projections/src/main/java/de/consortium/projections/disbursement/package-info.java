/**
 * Read model of disbursements, proofs of use and repayment claims, with its query.
 */
package de.consortium.projections.disbursement;
