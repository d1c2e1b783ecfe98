/**
 * Infrastructure: settings of the read models' pooled event processors, and their positions as the shared token
 * store records them.
 */
package de.consortium.api.processing;
