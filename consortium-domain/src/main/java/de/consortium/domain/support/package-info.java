/** Helpers the domain's messages share: nothing of the programme's rules, only how messages hold their values. */
package de.consortium.domain.support;
