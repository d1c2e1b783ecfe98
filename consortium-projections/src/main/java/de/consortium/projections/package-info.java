/**
 * The read models, one feature package each, and what holds for all of them ({@link
 * de.consortium.projections.ReadModels}).
 */
package de.consortium.projections;
