/**
 * Helpers the domain's messages share: nothing of the programme's rules, only how messages hold their values and
 * how their stored layouts are brought up to date.
 */
package de.consortium.domain.support;
