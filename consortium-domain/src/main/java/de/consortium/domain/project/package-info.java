/**
 * The joint project aggregate: its registration, its terms (lead partner, call deadline, running time) and measures.
 */
package de.consortium.domain.project;
