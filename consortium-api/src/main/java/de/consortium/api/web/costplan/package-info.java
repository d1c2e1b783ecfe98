/**
 * Web adapter of a partner's cost and financing plan (set-cost-plan).
 */
package de.consortium.api.web.costplan;
