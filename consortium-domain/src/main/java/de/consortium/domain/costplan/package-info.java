/**
 * The cost and financing plan: lines, phases, third-party funds, and the rules of rates, caps and consultants (R1.2,
 * R1.3, R2.1, R2.2, R6.1).
 */
package de.consortium.domain.costplan;
