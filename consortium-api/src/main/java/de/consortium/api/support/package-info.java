/**
 * Small helpers shared by other packages, with no knowledge of them.
 */
package de.consortium.api.support;
