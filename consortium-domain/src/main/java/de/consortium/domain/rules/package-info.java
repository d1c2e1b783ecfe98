/**
 * What every command and rule shares: refusals by rule id, the two clocks (a command's day of the world, checked
 * once for every command), chronology, and the acting user's meta-data.
 */
package de.consortium.domain.rules;
