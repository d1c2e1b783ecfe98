/**
 * Council resolutions as the papers show them, and what the rules need to know of them.
 */
package de.consortium.domain.resolution;
