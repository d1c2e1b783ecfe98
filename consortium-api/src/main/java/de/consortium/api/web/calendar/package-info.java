/**
 * Web adapter of the deadlines as iCalendar feeds (RFC 5545), per project and per partner, for calendar programs.
 */
package de.consortium.api.web.calendar;
