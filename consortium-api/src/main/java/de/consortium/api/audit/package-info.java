/**
 * The event history for auditors: paged, filtered and exported as stored, and the hash chain that links it, with its
 * verification.
 */
package de.consortium.api.audit;
