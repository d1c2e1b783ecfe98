/**
 * Reclaiming paid grants with interest above the base rate (rules R8.x).
 */
package de.consortium.domain.repayment;
