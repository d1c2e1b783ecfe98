/**
 * Live updates: every instance follows the event store from its head and tells the pages and external dashboards
 * that follow a project (server-sent events) of each change, once the read models show it.
 */
package de.consortium.api.live;
