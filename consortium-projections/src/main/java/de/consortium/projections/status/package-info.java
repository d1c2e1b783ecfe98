/**
 * Read model of the project status: per partner its stage, missing prerequisites and next deadlines.
 */
package de.consortium.projections.status;
