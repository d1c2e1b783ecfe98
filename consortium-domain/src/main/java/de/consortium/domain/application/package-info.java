/**
 * A partner's application and the rules it must meet: the call deadline, the council mandate, the strategy for going
 * straight to phase B.
 */
package de.consortium.domain.application;
