/**
 * Infrastructure: bringing council resolutions in from the councils' own information systems through OParl 1.1.
 * Per partner the address of its council's OParl body and the papers it follows; an import reads the papers changed
 * since the last (following paged lists), their consultations, agenda items, meetings and organizations, maps each
 * decision to the command {@code pass-council-resolution}, and sends it through the same command handling and rules
 * as the REST command, only once everything it read was readable.
 */
package de.consortium.api.oparl;
