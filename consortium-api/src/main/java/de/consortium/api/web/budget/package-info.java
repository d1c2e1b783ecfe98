/**
 * Web adapter of the budget read model: plan, grant, own share and drawdown.
 */
package de.consortium.api.web.budget;
