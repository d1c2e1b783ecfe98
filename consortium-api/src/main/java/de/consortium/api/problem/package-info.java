/**
 * Infrastructure: every refusal and failure as RFC 9457 problem+json.
 */
package de.consortium.api.problem;
