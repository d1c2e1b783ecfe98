/**
 * Web adapter of drawing down the grant: request, approve, reject and pay disbursements, and the disbursement read
 * model.
 */
package de.consortium.api.web.disbursement;
