/**
 * Read model of the budget: plan, grant and own share per partner, year and line, and the drawdown of the grant.
 */
package de.consortium.projections.budget;
