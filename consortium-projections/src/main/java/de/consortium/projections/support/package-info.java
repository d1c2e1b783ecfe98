/**
 * What the projections share: writes that a replay can batch, dates from rows.
 */
package de.consortium.projections.support;
