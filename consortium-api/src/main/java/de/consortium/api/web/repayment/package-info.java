/**
 * Web adapter of repayment claims (claim-repayment).
 */
package de.consortium.api.web.repayment;
