/**
 * Infrastructure: settings of the read models' pooled event processors.
 */
package de.consortium.api.processing;
