/**
 * How events stored in an earlier layout are read in today's: one upcaster per change, listed oldest first. Events
 * are never rewritten; a released event keeps its name.
 */
package de.consortium.domain.evolution;
