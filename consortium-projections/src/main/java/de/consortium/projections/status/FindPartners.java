package de.consortium.projections.status;

/**
 * One page of the partners of all projects, by project id and partner code.
 *
 * @param offset the partners passed over before the page
 * @param limit  at most this many partners
 */
public record FindPartners(int offset, int limit) {
}
