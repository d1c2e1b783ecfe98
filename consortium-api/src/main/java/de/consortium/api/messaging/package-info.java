/**
 * Infrastructure: sending commands and queries through Axon for the web adapters, their outcomes and failures, and
 * Axon's configuration (serializers, interceptors, snapshots, the JDBC event store).
 */
package de.consortium.api.messaging;
