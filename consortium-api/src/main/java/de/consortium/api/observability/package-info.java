/**
 * Infrastructure: health of the event store and the processors, business metrics, correlation ids in the logging
 * context.
 */
package de.consortium.api.observability;
