/**
 * Web adapter of the webhook delivery log, for operators: what was sent where and how it went, and sending again.
 */
package de.consortium.api.web.notifications;
