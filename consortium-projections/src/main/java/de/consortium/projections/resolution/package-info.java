/**
 * Read model of council resolutions: per partner the resolutions it needs and every one recorded.
 */
package de.consortium.projections.resolution;
