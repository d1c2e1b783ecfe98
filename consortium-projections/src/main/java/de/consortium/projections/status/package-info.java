/**
 * Read model of the project status: per partner its stage, missing prerequisites and deadlines.
 */
package de.consortium.projections.status;
