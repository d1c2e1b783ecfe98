/**
 * Web adapter of a partner's application (submit-application).
 */
package de.consortium.api.web.application;
