/**
 * Infrastructure: requests sent with an Idempotency-Key, their attempts, and the guard that stores a request's
 * events once.
 */
package de.consortium.api.idempotency;
