/**
 * Drawing down the grant (Mittelabruf): requests, their approval, rejection and payment, and the rules R5.x of the
 * programme.
 */
package de.consortium.domain.disbursement;
