/**
 * Read models as they were: as in the world on a date, or as the system knew them at an instant, replayed from the
 * history on a private database for one request.
 */
package de.consortium.api.web.history;
