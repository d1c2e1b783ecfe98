/**
 * Proofs of use (Verwendungsnachweis) per phase, their documents, deadlines and audit (rules R7.x).
 */
package de.consortium.domain.proofofuse;
