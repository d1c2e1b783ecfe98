/**
 * The funder's grant decision: its command, its events and rule R4.5.
 */
package de.consortium.domain.grant;
