/**
 * Web adapter of joint projects: register-project, the project list and status.
 */
package de.consortium.api.web.project;
