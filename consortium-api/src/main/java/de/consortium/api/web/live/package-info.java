/**
 * Web adapter of the live updates: a project's changes as a stream of server-sent events for external dashboards.
 */
package de.consortium.api.web.live;
